package com.idic.crm.customization.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LoyaltyRuleRepository extends JpaRepository<LoyaltyRuleEntity, Integer> {
}
