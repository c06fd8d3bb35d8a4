package com.idic.crm.customer.duplicates;

import java.time.LocalDate;
import java.util.List;

import com.idic.crm.customer.Gender;
import com.idic.crm.customer.domain.Customer;
import com.idic.crm.customer.domain.CustomerRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static com.idic.crm.customer.duplicates.DuplicateFixtures.mobile;
import static com.idic.crm.customer.duplicates.DuplicateFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "mia", roles = "MANAGER")
class CustomerMergeServiceTest {

    @Autowired
    CustomerMergeService service;
    @Autowired
    MergeHistory history;
    @Autowired
    DuplicateFinder finder;
    @Autowired
    CustomerRepository customers;
    DuplicateFixtures fixtures;

    Customer kept;
    Customer duplicate;
    List<Long> keptContacts;
    List<Long> duplicateContacts;
    List<Long> keptOrders;
    List<Long> duplicateOrders;
    String phone;

    @Autowired
    void useFixtures(ApplicationContext context) {
        fixtures = new DuplicateFixtures(context);
    }

    @BeforeEach
    void twoRecordsOfOneCustomer() {
        phone = mobile();
        String email = unique("wang").replace(' ', '.') + "@example.cn";
        kept = fixtures.customer(unique("Wang Fang"), LocalDate.of(2024, 5, 1), c -> {
            c.setPhone(phone);
            c.setRegion("Hangzhou");
            c.setEmail("");
        }, "Kept contact");
        duplicate = fixtures.customer(unique("Wang F."), LocalDate.of(2025, 2, 1), c -> {
            c.setPhone(phone);
            c.setRegion("Ningbo");
            c.setEmail(email);
            c.setGender(Gender.FEMALE);
            c.setBirthDate(LocalDate.of(1990, 7, 14));
        }, "Moved contact 1", "Moved contact 2");
        keptContacts = fixtures.contactIdsOf(kept.getId());
        duplicateContacts = fixtures.contactIdsOf(duplicate.getId());
        keptOrders = fixtures.orders(kept, 1);
        duplicateOrders = fixtures.orders(duplicate, 3);
    }

    @Test
    void previewShowsWhatMovesAndWhatGetsFilled() {
        MergePreview preview = service.preview(kept.getId(), duplicate.getId());

        assertThat(preview.kept().id()).isEqualTo(kept.getId());
        assertThat(preview.contactsToMove()).containsExactly("Moved contact 1", "Moved contact 2");
        assertThat(preview.ordersToMove()).isEqualTo(3);
        assertThat(preview.fills()).extracting(MergePreview.Fill::field)
                .containsExactlyInAnyOrder("EMAIL", "GENDER", "BIRTH_DATE");
        assertThat(preview.fills()).contains(new MergePreview.Fill("EMAIL", duplicate.getEmail()));
    }

    @Test
    void mergeMovesContactsAndOrdersFillsEmptyFieldsAndHidesTheDuplicate() {
        long mergeId = merge();

        Customer after = fixtures.reload(kept);
        assertThat(fixtures.contactIdsOf(kept.getId())).containsExactlyInAnyOrderElementsOf(concat(keptContacts, duplicateContacts));
        assertThat(fixtures.contactIdsOf(duplicate.getId())).isEmpty();
        assertThat(fixtures.orderIdsOf(kept.getId())).containsExactlyInAnyOrderElementsOf(concat(keptOrders, duplicateOrders));
        assertThat(fixtures.orderIdsOf(duplicate.getId())).isEmpty();
        assertThat(after.getEmail()).isEqualTo(duplicate.getEmail());
        assertThat(after.getGender()).isEqualTo(Gender.FEMALE);
        assertThat(after.getBirthDate()).isEqualTo(LocalDate.of(1990, 7, 14));
        assertThat(after.getRegion()).as("a value the kept record has wins").isEqualTo("Hangzhou");
        assertThat(fixtures.reload(duplicate).getMergedIntoId()).isEqualTo(kept.getId());
        assertThat(finder.page(0, Integer.MAX_VALUE)).noneMatch(pair -> pair.second().id() == duplicate.getId());

        MergeRecord audit = history.page(0, 50).stream().filter(r -> r.id() == mergeId).findFirst().orElseThrow();
        assertThat(audit.keptId()).isEqualTo(kept.getId());
        assertThat(audit.mergedId()).isEqualTo(duplicate.getId());
        assertThat(audit.mergedBy()).isEqualTo("mia");
        assertThat(audit.mergedAt()).isNotNull();
        assertThat(audit.undone()).isFalse();
    }

    @Test
    void undoPutsEverythingBackExactly() {
        long mergeId = merge();

        service.undo(mergeId);

        Customer restored = fixtures.reload(kept);
        assertThat(restored.getEmail()).as("the blank value it had").isEqualTo("");
        assertThat(restored.getGender()).isNull();
        assertThat(restored.getBirthDate()).isNull();
        assertThat(fixtures.contactIdsOf(kept.getId())).containsExactlyElementsOf(keptContacts);
        assertThat(fixtures.contactIdsOf(duplicate.getId())).containsExactlyElementsOf(duplicateContacts);
        assertThat(fixtures.orderIdsOf(kept.getId())).containsExactlyElementsOf(keptOrders);
        assertThat(fixtures.orderIdsOf(duplicate.getId())).containsExactlyElementsOf(duplicateOrders);
        assertThat(fixtures.reload(duplicate).getMergedIntoId()).isNull();
        MergeRecord audit = history.page(0, 50).stream().filter(r -> r.id() == mergeId).findFirst().orElseThrow();
        assertThat(audit.undoneBy()).isEqualTo("mia");
        assertThat(audit.undoneAt()).isNotNull();
        assertThat(finder.page(0, Integer.MAX_VALUE)).anyMatch(pair -> pair.first().id() == kept.getId()
                && pair.second().id() == duplicate.getId());
    }

    @Test
    void undoingTwiceIsRefused() {
        long mergeId = merge();
        service.undo(mergeId);

        assertThatThrownBy(() -> service.undo(mergeId)).isInstanceOf(MergeException.class)
                .extracting(e -> ((MergeException) e).getMessageKey()).isEqualTo("duplicates.error.alreadyUndone");
    }

    @Test
    void undoIsRefusedWhenAFilledFieldWasEditedSince() {
        long mergeId = merge();
        Customer edited = fixtures.reload(kept);
        edited.setEmail("corrected@example.cn");
        customers.save(edited);

        assertThatThrownBy(() -> service.undo(mergeId)).isInstanceOfSatisfying(MergeException.class,
                e -> assertThat(e.getFields()).containsExactly("EMAIL"));
        assertThat(fixtures.reload(kept).getEmail()).isEqualTo("corrected@example.cn");
        assertThat(fixtures.contactIdsOf(duplicate.getId())).isEmpty();
        assertThat(fixtures.reload(duplicate).getMergedIntoId()).isEqualTo(kept.getId());
    }

    @Test
    void undoIsRefusedWhileTheKeptRecordIsItselfMergedIntoAnother() {
        long mergeId = merge();
        Customer survivor = fixtures.customer(unique("Wang Fang"), LocalDate.of(2020, 1, 1), c -> c.setPhone(phone));
        service.merge(survivor.getId(), kept.getId(), survivor.getVersion(), fixtures.reload(kept).getVersion());

        assertThatThrownBy(() -> service.undo(mergeId)).isInstanceOfSatisfying(MergeException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("duplicates.error.keptMergedSince"));
        assertThat(fixtures.reload(duplicate).getMergedIntoId()).isEqualTo(kept.getId());
    }

    @Test
    void mergeIsRefusedWhenARecordChangedSinceThePreviewAndNothingChanges() {
        MergePreview preview = service.preview(kept.getId(), duplicate.getId());
        Customer edited = fixtures.reload(duplicate);
        edited.setNotes("called back today");
        customers.save(edited);

        assertThatThrownBy(() -> service.merge(kept.getId(), duplicate.getId(), preview.kept().version(),
                preview.duplicate().version()))
                .isInstanceOfSatisfying(MergeException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("duplicates.error.stale"));
        assertThat(fixtures.contactIdsOf(duplicate.getId())).containsExactlyElementsOf(duplicateContacts);
        assertThat(fixtures.orderIdsOf(duplicate.getId())).containsExactlyElementsOf(duplicateOrders);
        assertThat(fixtures.reload(duplicate).getMergedIntoId()).isNull();
        assertThat(fixtures.reload(kept).getEmail()).isEqualTo("");
    }

    @Test
    void aRecordCannotBeMergedWithItselfOrOnceItIsMerged() {
        assertThatThrownBy(() -> service.preview(kept.getId(), kept.getId()))
                .isInstanceOfSatisfying(MergeException.class, e -> assertThat(e.getMessageKey()).isEqualTo("duplicates.error.self"));
        merge();
        Customer third = fixtures.customer(unique("Wang Fang"), LocalDate.of(2025, 6, 1), c -> c.setPhone(phone));

        assertThatThrownBy(() -> service.merge(third.getId(), duplicate.getId(), third.getVersion(),
                fixtures.reload(duplicate).getVersion()))
                .isInstanceOfSatisfying(MergeException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("duplicates.error.alreadyMerged"));
    }

    @Test
    @WithMockUser(roles = "SERVICE_DESK")
    void serviceDeskMayNotMerge() {
        assertThatThrownBy(() -> service.merge(kept.getId(), duplicate.getId(), 0, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.preview(kept.getId(), duplicate.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.reload(duplicate).getMergedIntoId()).isNull();
    }

    @Test
    @WithMockUser(roles = "MARKETER")
    void marketerMayNotMergeOrUndo() {
        assertThatThrownBy(() -> service.merge(kept.getId(), duplicate.getId(), 0, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.undo(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.page(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private long merge() {
        MergePreview preview = service.preview(kept.getId(), duplicate.getId());
        return service.merge(kept.getId(), duplicate.getId(), preview.kept().version(), preview.duplicate().version());
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
