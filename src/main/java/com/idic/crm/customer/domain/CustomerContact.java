package com.idic.crm.customer.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A key contact person of an organization customer (name, role, phone, e-mail). */
@Entity
@Table(name = "customer_contact")
public class CustomerContact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_contact_seq")
    @SequenceGenerator(name = "customer_contact_seq", sequenceName = "customer_contact_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 100)
    private String role;

    @Pattern(regexp = Customer.PHONE_PATTERN)
    @Size(max = 40)
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    protected CustomerContact() {
    }

    CustomerContact(Customer customer, String name) {
        this.customer = customer;
        this.name = name;
    }

    void anonymize() {
        name = "Anonymized";
        phone = null;
        email = null;
    }

    public Long getId() { return id; }
    public Customer getCustomer() { return customer; }
    public void moveTo(Customer newOwner) { this.customer = newOwner; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
