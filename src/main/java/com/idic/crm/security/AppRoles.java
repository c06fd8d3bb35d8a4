package com.idic.crm.security;

import java.util.List;

/** The four roles of DEVELOPERS.md, and the API's. Constants so annotations can use them. */
public final class AppRoles {

    public static final String SERVICE_DESK = "SERVICE_DESK";
    public static final String MARKETER = "MARKETER";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(SERVICE_DESK, MARKETER, MANAGER, ADMIN);

    /**
     * Another system calling /api/** with an API key (web forms, mail gateways). Never a person's role,
     * hence not in {@link #ALL}: no user can be given it.
     */
    public static final String API_CLIENT = "API_CLIENT";

    private AppRoles() {
    }
}
