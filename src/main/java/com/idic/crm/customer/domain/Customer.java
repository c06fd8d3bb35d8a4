package com.idic.crm.customer.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.idic.crm.customer.CustomerKeys;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.Gender;
import com.idic.crm.customer.InformationSource;
import com.idic.crm.customer.PurchaseStage;
import com.idic.crm.customer.RelationshipType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One customer record, individual or organization (DOMAIN.md section 1). */
@Entity
@Table(name = "customer")
public class Customer {

    /** Digits with optional +, spaces, dashes, dots and parentheses; 5 to 20 digits' worth. */
    public static final String PHONE_PATTERN = "^\\+?[0-9][0-9 ().-]{4,24}$";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Size(max = 64)
    private String externalId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CustomerType type = CustomerType.INDIVIDUAL;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Column(nullable = false)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @PastOrPresent
    private LocalDate birthDate;

    @PastOrPresent
    private LocalDate foundingDate;

    @Size(max = 100)
    private String industry;

    @Size(max = 50)
    private String companySize;

    @Size(max = 100)
    private String businessStatus;

    @Size(max = 100)
    private String occupation;

    @Size(max = 100)
    private String familyStatus;

    @Pattern(regexp = PHONE_PATTERN)
    @Size(max = 40)
    private String phone;

    private String phoneKey;

    @Email
    @Size(max = 200)
    private String email;

    private String emailKey;

    @Size(max = 300)
    private String address;

    @Size(max = 100)
    private String region;

    @NotNull
    @Enumerated(EnumType.STRING)
    private RelationshipType relationshipType = RelationshipType.GENERAL_CONSUMER;

    @Enumerated(EnumType.STRING)
    private InformationSource source;

    @NotNull
    @Enumerated(EnumType.STRING)
    private PurchaseStage stage = PurchaseStage.POTENTIAL;

    @Size(max = 5000)
    private String notes;

    @NotNull
    @Column(nullable = false)
    private LocalDate createdOn;

    private LocalDate lastVerifiedOn;

    private Long mergedIntoId;

    private LocalDateTime anonymizedAt;

    @Valid
    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CustomerContact> contacts = new ArrayList<>();

    protected Customer() {
    }

    public Customer(CustomerType type, String name, LocalDate createdOn) {
        this.type = type;
        this.name = name;
        this.createdOn = createdOn;
    }

    @PrePersist
    @PreUpdate
    void refreshKeys() {
        nameKey = CustomerKeys.name(name);
        phoneKey = CustomerKeys.phone(phone);
        emailKey = CustomerKeys.email(email);
    }

    public CustomerContact addContact(String contactName) {
        CustomerContact contact = new CustomerContact(this, contactName);
        contacts.add(contact);
        return contact;
    }

    public void removeContact(CustomerContact contact) {
        contacts.remove(contact);
    }

    /**
     * GDPR-style anonymization: the personal fields and the contacts' names and ways of reaching
     * them are replaced; what the value analysis needs (type, region, relationship, stage, the
     * organization's business data, dates) stays, and so do the orders that point at the record.
     * The external id stays too, so an import recognises the record instead of re-identifying it.
     */
    public void anonymize(LocalDateTime at) {
        name = "Anonymized " + id;
        gender = null;
        birthDate = null;
        occupation = null;
        familyStatus = null;
        phone = null;
        email = null;
        address = null;
        notes = null;
        for (CustomerContact contact : contacts) {
            contact.anonymize();
        }
        anonymizedAt = at;
    }

    public boolean isMerged() {
        return mergedIntoId != null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public CustomerType getType() { return type; }
    public void setType(CustomerType type) { this.type = type; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameKey() { return nameKey; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public LocalDate getFoundingDate() { return foundingDate; }
    public void setFoundingDate(LocalDate foundingDate) { this.foundingDate = foundingDate; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getCompanySize() { return companySize; }
    public void setCompanySize(String companySize) { this.companySize = companySize; }
    public String getBusinessStatus() { return businessStatus; }
    public void setBusinessStatus(String businessStatus) { this.businessStatus = businessStatus; }
    public String getOccupation() { return occupation; }
    public void setOccupation(String occupation) { this.occupation = occupation; }
    public String getFamilyStatus() { return familyStatus; }
    public void setFamilyStatus(String familyStatus) { this.familyStatus = familyStatus; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public RelationshipType getRelationshipType() { return relationshipType; }
    public void setRelationshipType(RelationshipType relationshipType) { this.relationshipType = relationshipType; }
    public InformationSource getSource() { return source; }
    public void setSource(InformationSource source) { this.source = source; }
    public PurchaseStage getStage() { return stage; }
    public void setStage(PurchaseStage stage) { this.stage = stage; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public LocalDate getCreatedOn() { return createdOn; }
    public LocalDate getLastVerifiedOn() { return lastVerifiedOn; }
    public void setLastVerifiedOn(LocalDate lastVerifiedOn) { this.lastVerifiedOn = lastVerifiedOn; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public void setMergedIntoId(Long mergedIntoId) { this.mergedIntoId = mergedIntoId; }
    public LocalDateTime getAnonymizedAt() { return anonymizedAt; }
    public void setAnonymizedAt(LocalDateTime anonymizedAt) { this.anonymizedAt = anonymizedAt; }
    public boolean isAnonymized() { return anonymizedAt != null; }
    public List<CustomerContact> getContacts() { return contacts; }
}
