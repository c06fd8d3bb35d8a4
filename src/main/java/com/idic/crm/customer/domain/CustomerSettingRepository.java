package com.idic.crm.customer.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerSettingRepository extends JpaRepository<CustomerSetting, String> {
}
