package com.idic.crm.complaint.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintCategoryRepository extends JpaRepository<ComplaintCategory, Long> {

    List<ComplaintCategory> findAllByOrderByPositionAscIdAsc();
}
