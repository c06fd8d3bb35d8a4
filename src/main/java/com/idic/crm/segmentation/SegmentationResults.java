package com.idic.crm.segmentation;

import java.util.List;
import java.util.Optional;

import com.idic.crm.security.AppRoles;
import com.idic.crm.segmentation.domain.CubeStore;
import com.idic.crm.segmentation.domain.RunStore;
import com.idic.crm.segmentation.domain.ScoreStore;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a run's results: the company's figures, group shares, the RFM grid and the scored-customer
 * list (lazy, filtered and sorted in the database). Managers and marketers read everything; the
 * service desk reads only one customer's own latest score (the customer page's Value tab).
 */
@Service
public class SegmentationResults {

    private final RunStore runs;
    private final ScoreStore scores;
    private final CubeStore cube;

    SegmentationResults(RunStore runs, ScoreStore scores, CubeStore cube) {
        this.runs = runs;
        this.scores = scores;
        this.cube = cube;
    }

    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<CompanyFigures> figures(long runId) {
        return runs.figures(runId);
    }

    /** Every group of the dimension in the run, in enum order, including empty ones. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<GroupShare> shares(long runId, GroupDimension dimension) {
        return cube.shares(runId, dimension);
    }

    /** All 25 cells, R 5..1 then F 1..5, empty cells included. */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<RfmCell> rfmGrid(long runId) {
        return cube.rfmGrid(runId);
    }

    /**
     * One page of scored customers; no count query. Empty if the run's scores are not kept.
     * {@code ascending} by {@link ScoreSort#PROFIT_RANK} = most profitable first.
     */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<CustomerScore> page(ScoreFilter filter, ScoreSort sort, boolean ascending, int offset, int limit) {
        return runOf(filter)
                .map(run -> scores.page(run, filter, sort, ascending, offset, limit))
                .orElse(List.of());
    }

    /**
     * Up to {@code limit} scored customers in the order of {@link #page}, continuing after {@code last}
     * (null = from the first): an export reads a whole run chunk by chunk, each as cheap as the first.
     */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public List<ScoredCustomer> chunkAfter(ScoreFilter filter, ScoreSort sort, boolean ascending, ScoredCustomer last,
                                           int limit) {
        return runOf(filter).map(run -> scores.chunkAfter(run, filter, sort, ascending, last, limit)).orElse(List.of());
    }

    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public long count(ScoreFilter filter) {
        return runOf(filter).map(run -> scores.count(run, filter)).orElse(0L);
    }

    /** The customer's score in the latest successful run (the Value tab). */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.SERVICE_DESK, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<CustomerScore> latestScoreOf(long customerId) {
        return runs.latestSucceeded().filter(SegmentationRun::scoresKept)
                .flatMap(run -> scores.scoreOf(run.id(), run.analysisDate(), customerId));
    }

    /** The customer's score in a given run (managers and marketers opening an older run). */
    @RolesAllowed({AppRoles.MANAGER, AppRoles.MARKETER, AppRoles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<CustomerScore> scoreOf(long runId, long customerId) {
        return runs.find(runId).filter(run -> run.status() == RunStatus.SUCCEEDED && run.scoresKept())
                .flatMap(run -> scores.scoreOf(run.id(), run.analysisDate(), customerId));
    }

    private Optional<SegmentationRun> runOf(ScoreFilter filter) {
        Optional<SegmentationRun> run = filter.runId() == null ? runs.latestSucceeded() : runs.find(filter.runId());
        return run.filter(r -> r.status() == RunStatus.SUCCEEDED && r.scoresKept());
    }
}
