package com.idic.crm.complaint;

/** Test fixture: a complaint walked through the four steps and followed up with a given satisfaction. */
public final class FollowedUpComplaints {

    private FollowedUpComplaints() {
    }

    public static long followedUp(ComplaintService service, ComplaintQueries queries, long customerId, int satisfaction) {
        long id = service.create(new NewComplaint(customerId, "Kettle leaks", "The kettle leaks at the seam.",
                ComplaintChannel.PHONE, ComplaintPriority.NORMAL));
        service.take(id, queries.find(id).orElseThrow().version());
        ComplaintDetails d = service.perform(id, queries.find(id).orElseThrow().version(),
                new ComplaintStep.Record(queries.categories().get(0).id(), null, "A new kettle", ComplaintSeverity.MINOR));
        d = service.perform(id, d.version(), new ComplaintStep.JudgeValid(null));
        d = service.perform(id, d.version(), new ComplaintStep.ProposeSolution(RemedyType.REPLACEMENT, null, null));
        d = service.perform(id, d.version(), new ComplaintStep.CustomerAccepts(null));
        d = service.perform(id, d.version(), new ComplaintStep.Resolve(null));
        service.perform(id, d.version(), new ComplaintStep.FollowUp(satisfaction, "Rated on the phone"));
        return id;
    }
}
