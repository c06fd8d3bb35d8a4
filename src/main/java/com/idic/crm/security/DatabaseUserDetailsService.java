package com.idic.crm.security;

import com.idic.crm.security.domain.AppUserRepository;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    DatabaseUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    @PermitAll // called by the login itself, before anyone is authenticated
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(user -> User.withUsername(user.getUsername())
                        .password(user.getPasswordHash())
                        .disabled(!user.isEnabled())
                        .authorities(user.getRoles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
