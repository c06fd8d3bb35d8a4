package com.idic.crm.complaint.domain;

import java.time.Instant;
import java.util.List;

import com.idic.crm.complaint.ComplaintStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintRepository extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

    /** Open complaints whose resolution or first-response clock could need the escalation job's attention. */
    @Query("SELECT c FROM Complaint c WHERE c.status NOT IN :finished AND c.status <> 'WAITING_ON_CUSTOMER'")
    List<Complaint> findRunning(List<ComplaintStatus> finished);

    @Query("SELECT c FROM Complaint c WHERE c.status NOT IN :finished")
    List<Complaint> findOpen(List<ComplaintStatus> finished);

    @Query("SELECT COUNT(c) FROM Complaint c WHERE c.assignee = :username AND c.status NOT IN :finished")
    long countOpenOf(String username, List<ComplaintStatus> finished);

    List<Complaint> findByCustomerIdAndReceivedAtAfter(long customerId, Instant after);
}
