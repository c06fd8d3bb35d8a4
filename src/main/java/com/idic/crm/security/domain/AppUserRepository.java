package com.idic.crm.security.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select u.username from AppUser u join u.roles r where r = :role and u.enabled = true order by u.username")
    List<String> enabledUsernamesWithRole(String role);
}
