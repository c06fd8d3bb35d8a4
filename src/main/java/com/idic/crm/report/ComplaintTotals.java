package com.idic.crm.report;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import com.idic.crm.complaint.ComplaintChannel;
import com.idic.crm.complaint.ComplaintPriority;
import com.idic.crm.complaint.ComplaintRecord;
import com.idic.crm.complaint.ComplaintStatus;
import com.idic.crm.complaint.SlaState;
import com.idic.crm.segmentation.Tier;

/**
 * The figures of the summary sheets, added up while the complaints are written row by row, so the
 * summaries count exactly the rows of the "Complaints" sheet and no complaint is read twice.
 */
final class ComplaintTotals {

    /** The figures of one group of complaints. */
    static final class Group {
        long complaints;
        long open;
        /** either target breached, whatever the state */
        long breached;
        /** resolved and not dismissed as invalid or duplicate: the compliance base */
        long resolved;
        /** of {@link #resolved}: neither target breached */
        long withinSla;
        long firstResponseMet;
        long firstResponseBreached;
        long resolutionMet;
        long resolutionBreached;
        private long firstResponseMinutes;
        private long firstResponses;
        private long resolutionMinutes;
        private long resolutions;
        private long satisfactionSum;
        private long satisfactions;

        void add(ComplaintRecord r) {
            complaints++;
            if (r.status().isOpen()) {
                open++;
            }
            if (r.breached()) {
                breached++;
            }
            if (r.countsForCompliance()) {
                resolved++;
                if (!r.breached()) {
                    withinSla++;
                }
            }
            firstResponseMet += r.firstResponseSla() == SlaState.MET ? 1 : 0;
            firstResponseBreached += r.firstResponseSla() == SlaState.BREACHED ? 1 : 0;
            resolutionMet += r.resolutionSla() == SlaState.MET ? 1 : 0;
            resolutionBreached += r.resolutionSla() == SlaState.BREACHED ? 1 : 0;
            if (r.firstResponseMinutes() != null) {
                firstResponseMinutes += r.firstResponseMinutes();
                firstResponses++;
            }
            if (r.resolutionMinutes() != null && r.countsForCompliance()) {
                resolutionMinutes += r.resolutionMinutes();
                resolutions++;
            }
            if (r.satisfaction() != null) {
                satisfactionSum += r.satisfaction();
                satisfactions++;
            }
        }

        /** Share of resolved complaints with neither target breached; null (an empty cell) when none was resolved. */
        Double compliance() {
            return share(withinSla, resolved);
        }

        Double firstResponseCompliance() {
            return share(firstResponseMet, firstResponseMet + firstResponseBreached);
        }

        Double resolutionCompliance() {
            return share(resolutionMet, resolutionMet + resolutionBreached);
        }

        Double averageFirstResponseMinutes() {
            return average(firstResponseMinutes, firstResponses);
        }

        Double averageResolutionMinutes() {
            return average(resolutionMinutes, resolutions);
        }

        Double averageSatisfaction() {
            return average(satisfactionSum, satisfactions);
        }

        private static Double share(long part, long whole) {
            return whole == 0 ? null : (double) part / whole;
        }

        private static Double average(long sum, long count) {
            return count == 0 ? null : (double) sum / count;
        }
    }

    final Group all = new Group();
    final Map<ComplaintStatus, Group> byStatus = new EnumMap<>(ComplaintStatus.class);
    /** null key: no category recorded yet */
    final Map<Long, Group> byCategory = new HashMap<>();
    final Map<ComplaintChannel, Group> byChannel = new EnumMap<>(ComplaintChannel.class);
    final Map<ComplaintPriority, Group> byPriority = new EnumMap<>(ComplaintPriority.class);
    /** null key: the customer had no value tier when the complaint came in */
    final Map<Tier, Group> byTier = new HashMap<>();
    final Map<YearMonth, Group> byMonth = new TreeMap<>();
    private final ZoneId zone;

    ComplaintTotals(ZoneId zone) {
        this.zone = zone;
    }

    void add(ComplaintRecord r) {
        all.add(r);
        byStatus.computeIfAbsent(r.status(), k -> new Group()).add(r);
        byCategory.computeIfAbsent(r.categoryId(), k -> new Group()).add(r);
        byChannel.computeIfAbsent(r.channel(), k -> new Group()).add(r);
        byPriority.computeIfAbsent(r.priority(), k -> new Group()).add(r);
        byTier.computeIfAbsent(r.valueTier(), k -> new Group()).add(r);
        byMonth.computeIfAbsent(YearMonth.from(LocalDateTime.ofInstant(r.receivedAt(), zone)), k -> new Group()).add(r);
    }
}
