package com.idic.crm.segmentation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.idic.crm.segmentation.AbcClass;
import com.idic.crm.segmentation.GroupDimension;
import com.idic.crm.segmentation.GroupShare;
import com.idic.crm.segmentation.LifecycleStage;
import com.idic.crm.segmentation.Quadrant;
import com.idic.crm.segmentation.RfmCell;
import com.idic.crm.segmentation.Tier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Group shares and the R x F grid of a run, summed from its small cube table. */
@Repository
public class CubeStore {

    private record Sums(long customers, BigDecimal revenue, BigDecimal profit) {
    }

    private final JdbcTemplate jdbc;

    CubeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<GroupShare> shares(long runId, GroupDimension dimension) {
        String column = switch (dimension) {
            case TIER -> "tier";
            case ABC -> "abc_class";
            case QUADRANT -> "quadrant";
            case STAGE -> "stage";
        };
        Map<String, Sums> byGroup = new HashMap<>();
        jdbc.query("SELECT " + column + ", SUM(customers), SUM(revenue_12m), SUM(profit_12m) FROM segmentation_cube"
                + " WHERE run_id = ? AND " + column + " IS NOT NULL GROUP BY " + column, row -> {
            byGroup.put(row.getString(1).trim(), new Sums(row.getLong(2), row.getBigDecimal(3), row.getBigDecimal(4)));
        }, runId);
        long customers = byGroup.values().stream().mapToLong(Sums::customers).sum();
        BigDecimal revenue = byGroup.values().stream().map(Sums::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal profit = byGroup.values().stream().map(Sums::profit).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<GroupShare> shares = new ArrayList<>();
        for (Enum<?> group : groups(dimension)) {
            Sums sums = byGroup.getOrDefault(group.name(), new Sums(0, BigDecimal.ZERO.setScale(2),
                    BigDecimal.ZERO.setScale(2)));
            shares.add(new GroupShare(dimension, group.name(), sums.customers, sums.revenue, sums.profit,
                    share(BigDecimal.valueOf(sums.customers), BigDecimal.valueOf(customers)),
                    share(sums.revenue, revenue), share(sums.profit, profit)));
        }
        return shares;
    }

    public List<RfmCell> rfmGrid(long runId) {
        Map<Integer, RfmCell> cells = new HashMap<>();
        jdbc.query("SELECT recency, frequency, SUM(customers), SUM(amount_in_window) FROM segmentation_cube"
                + " WHERE run_id = ? AND recency IS NOT NULL GROUP BY recency, frequency", row -> {
            long customers = row.getLong(3);
            cells.put(row.getInt(1) * 10 + row.getInt(2), new RfmCell(row.getInt(1), row.getInt(2), customers,
                    row.getBigDecimal(4).divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_UP)));
        }, runId);
        List<RfmCell> grid = new ArrayList<>();
        for (int r = 5; r >= 1; r--) {
            for (int f = 1; f <= 5; f++) {
                grid.add(cells.getOrDefault(r * 10 + f, new RfmCell(r, f, 0, BigDecimal.ZERO.setScale(2))));
            }
        }
        return grid;
    }

    public void delete(long runId) {
        jdbc.update("DELETE FROM segmentation_cube WHERE run_id = ?", runId);
    }

    private static Enum<?>[] groups(GroupDimension dimension) {
        return switch (dimension) {
            case TIER -> Tier.values();
            case ABC -> AbcClass.values();
            case QUADRANT -> Quadrant.values();
            case STAGE -> LifecycleStage.values();
        };
    }

    /** Share of a total (0..1, 4 places); 0 when the total is 0. A negative total profit gives signed shares. */
    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? BigDecimal.ZERO.setScale(4) : part.divide(total, 4, RoundingMode.HALF_UP);
    }
}
