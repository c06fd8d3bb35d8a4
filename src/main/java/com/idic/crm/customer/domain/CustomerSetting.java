package com.idic.crm.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A row of the shared {@code app_setting} table that the customer feature owns. The entity
 * name is feature-specific so other features can map the same table without a clash.
 */
@Entity(name = "CustomerSetting")
@Table(name = "app_setting")
public class CustomerSetting {

    @Id
    private String name;

    @Version
    private long version;

    @Column(nullable = false)
    private String value;

    protected CustomerSetting() {
    }

    public CustomerSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() { return name; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
}
