package com.idic.crm.security;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/ping}: lets the owner of a key check that it works before wiring up a form or gateway. */
@RestController
class ApiPing {

    @GetMapping("/api/ping")
    @RolesAllowed(AppRoles.API_CLIENT)
    public Map<String, String> ping() {
        return Map.of("status", "ok", "client", CurrentUser.usernameOrSystem());
    }
}
