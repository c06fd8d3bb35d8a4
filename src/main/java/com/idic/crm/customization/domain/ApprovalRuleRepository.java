package com.idic.crm.customization.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalRuleRepository extends JpaRepository<ApprovalRuleEntity, String> {
}
