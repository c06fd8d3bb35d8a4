package com.idic.crm.security;

import java.util.List;

/** The four roles of DEVELOPERS.md. Constants so annotations can use them. */
public final class AppRoles {

    public static final String SERVICE_DESK = "SERVICE_DESK";
    public static final String MARKETER = "MARKETER";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(SERVICE_DESK, MARKETER, MANAGER, ADMIN);

    private AppRoles() {
    }
}
