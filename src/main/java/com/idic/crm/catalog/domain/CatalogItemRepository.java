package com.idic.crm.catalog.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CatalogItemRepository extends JpaRepository<CatalogItem, Long>, JpaSpecificationExecutor<CatalogItem> {

    Optional<CatalogItem> findByCode(String code);

    java.util.List<CatalogItem> findByCategoryAndActiveTrueOrderByCode(String category, org.springframework.data.domain.Pageable pageable);
}
