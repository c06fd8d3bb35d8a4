package com.idic.crm.complaint.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintHistoryRepository extends JpaRepository<ComplaintHistoryEntry, Long> {

    List<ComplaintHistoryEntry> findByComplaintIdOrderByAtDescIdDesc(long complaintId);
}
