package com.idic.crm.security;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "ada", roles = AppRoles.ADMIN)
class ApiKeyServiceTest {

    @Autowired ApiKeyService keys;

    @Test
    void aNameIsRequiredAndNotTooLong() {
        assertThatThrownBy(() -> keys.create("  ")).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> keys.create("x".repeat(ApiKeyService.MAX_NAME_LENGTH + 1)))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void eachKeyIsNewAndRevokingOneSeenStaleIsAConflict() {
        CreatedApiKey a = keys.create("Twice");
        CreatedApiKey b = keys.create("Twice");
        assertThat(a.key()).isNotEqualTo(b.key());
        assertThat(a.row().createdBy()).isEqualTo("ada");

        ApiKeyRow revoked = keys.revoke(a.row());
        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.revokedBy()).isEqualTo("ada");
        assertThatThrownBy(() -> keys.revoke(a.row())).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    @WithMockUser(roles = AppRoles.MANAGER)
    void onlyAnAdministratorManagesKeys() {
        assertThatThrownBy(() -> keys.create("Sneaky")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.list()).isInstanceOf(AccessDeniedException.class);
    }
}
