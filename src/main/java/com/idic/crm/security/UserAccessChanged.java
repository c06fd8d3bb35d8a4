package com.idic.crm.security;

/** An administrator changed what {@code username} may do or how they sign in; their sessions must end. */
record UserAccessChanged(String username, SecurityEventType why) {
}
