package com.idic.crm.segmentation;

import java.util.List;
import java.util.Optional;

import com.idic.crm.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

/**
 * Reading a run's results: the company's figures, group shares, the RFM grid and the scored-customer
 * list (lazy, filtered and sorted in the database). Managers and marketers read everything; the
 * service desk reads only one customer's own latest score (the customer page's Value tab).
 */
@Service
public class SegmentationResults {

    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public Optional<CompanyFigures> figures(long runId) {
        throw new UnsupportedOperationException("first API commit");
    }

    /** Every group of the dimension in the run, in enum order, including empty ones. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public List<GroupShare> shares(long runId, GroupDimension dimension) {
        throw new UnsupportedOperationException("first API commit");
    }

    /** All 25 cells, R 5..1 then F 1..5, empty cells included. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public List<RfmCell> rfmGrid(long runId) {
        throw new UnsupportedOperationException("first API commit");
    }

    /** One page of scored customers; no count query. Empty if the run's scores are not kept. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public List<CustomerScore> page(ScoreFilter filter, ScoreSort sort, boolean ascending, int offset, int limit) {
        throw new UnsupportedOperationException("first API commit");
    }

    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public long count(ScoreFilter filter) {
        throw new UnsupportedOperationException("first API commit");
    }

    /** The customer's score in the latest successful run (the Value tab). */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.SERVICE_DESK, AppRoles.ADMIN})
    public Optional<CustomerScore> latestScoreOf(long customerId) {
        throw new UnsupportedOperationException("first API commit");
    }

    /** The customer's score in a given run (managers and marketers opening an older run). */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    public Optional<CustomerScore> scoreOf(long runId, long customerId) {
        throw new UnsupportedOperationException("first API commit");
    }
}
