package com.idic.crm.customer.duplicates;

/**
 * A phone, e-mail or name-in-region shared by more than {@link DuplicateFinder#MAX_SHARED_KEY}
 * unmerged records: too common to list pair by pair, still worth a look as a whole.
 *
 * @param key    the normalized key the records share (phone digits, e-mail, or name key)
 * @param region the region of a {@link DuplicateReason#NAME_REGION} group, else null
 * @param shown  what to show for the key: the phone or e-mail as one record writes it, or its name
 */
public record DuplicateGroup(DuplicateReason reason, String key, String region, long size, String shown) {
}
