package com.idic.crm.complaint.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An entry of the editable category list, named in both languages. */
@Entity
@Table(name = "complaint_category")
public class ComplaintCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @NotBlank
    @Size(max = 100)
    private String labelEn;
    @NotBlank
    @Size(max = 100)
    private String labelZh;
    private int position;
    private boolean active = true;

    protected ComplaintCategory() {
    }

    public ComplaintCategory(String labelEn, String labelZh, int position) {
        this.labelEn = labelEn;
        this.labelZh = labelZh;
        this.position = position;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public String getLabelZh() { return labelZh; }
    public void setLabelZh(String labelZh) { this.labelZh = labelZh; }
    public int getPosition() { return position; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
