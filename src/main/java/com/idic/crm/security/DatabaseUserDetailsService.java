package com.idic.crm.security;

import com.idic.crm.security.domain.AppUser;
import com.idic.crm.security.domain.AppUserRepository;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DatabaseUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AppUserRepository users;

    DatabaseUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    @PermitAll // called by the login itself, before anyone is authenticated
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(DatabaseUserDetailsService::details)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** Stores the hash of the current algorithm after a sign-in that matched an older one. */
    @Override
    @Transactional
    @PermitAll // the sign-in re-hashes the password of the user it has just authenticated
    public UserDetails updatePassword(UserDetails user, String newEncodedPassword) {
        return users.findByUsername(user.getUsername()).map(stored -> {
            stored.setPasswordHash(newEncodedPassword);
            return details(stored);
        }).orElse(user);
    }

    private static UserDetails details(AppUser user) {
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isEnabled())
                .authorities(user.getRoles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList())
                .build();
    }
}
