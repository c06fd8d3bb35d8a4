package com.idic.crm.complaint.domain;

import java.time.Instant;
import java.util.List;

import com.idic.crm.complaint.ComplaintStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintRepository extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

    /**
     * Running complaints whose first warning instant has passed: the only ones the escalation job can have work with.
     * A range on the check-instant index; the rest of the open complaints are not read.
     */
    @Query("""
            SELECT c.id FROM Complaint c
            WHERE c.slaCheckAt <= :now AND c.status NOT IN :finished AND c.status <> 'WAITING_ON_CUSTOMER'
            ORDER BY c.id""")
    List<Long> findDueForCheck(List<ComplaintStatus> finished, Instant now);

    @Query("SELECT c FROM Complaint c WHERE c.status NOT IN :finished")
    List<Complaint> findOpen(List<ComplaintStatus> finished);

    @Query("SELECT COUNT(c) FROM Complaint c WHERE c.assignee = :username AND c.status NOT IN :finished")
    long countOpenOf(String username, List<ComplaintStatus> finished);

    List<Complaint> findByCustomerIdAndReceivedAtAfter(long customerId, Instant after);
}
