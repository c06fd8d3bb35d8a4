package com.idic.crm.customization;

import static com.idic.crm.customization.CustomizationType.*;
import static com.idic.crm.customization.DeliveryMeans.*;
import static com.idic.crm.customization.NeedLevel.*;
import static com.idic.crm.customization.RequestSource.*;

/**
 * One demo customer's story each, top tiers first (4 platinum, 5 gold, 5 iron, 4 lead customers): together
 * they leave requests in every state and offers in every state.
 */
enum DemoScenario {

    PLATINUM_DELIVERED {
        void play(DemoCustomization demo, long customerId) {
            long id = feasible(demo, customerId, PRODUCT, "Our new Pudong office needs 40 workstations in our corporate colours, set up over one weekend so nobody loses a working day.",
                    COLLABORATIVE, MODULAR);
            OfferDetails offer = demo.offer(id, 30, "Installation on Saturday and Sunday; colours as in your brand book.",
                    "DSK-STD:40:8", "MOD-DSKEXT:40:8", "CHR-ERG:40:8", "SRV-INST:40:0", "SRV-DESIGN:1:0");
            OfferDetails sent = demo.marketer(() -> demo.offers().send(offer.id(), offer.version()));
            OfferDetails accepted = demo.marketer(() -> demo.offers().accept(sent.id(), sent.version()));
            OfferDetails delivering = demo.marketer(() -> demo.offers().startDelivery(accepted.id(), accepted.version()));
            demo.marketer(() -> demo.offers().deliver(delivering.id(), delivering.version()));
        }
    },
    PLATINUM_IN_DELIVERY {
        void play(DemoCustomization demo, long customerId) {
            long id = feasible(demo, customerId, SERVICE, "All our printers need maintenance with a technician on site within four hours, also on Saturdays.",
                    COLLABORATIVE, STANDARD_PLUS_SERVICE);
            OfferDetails offer = demo.offer(id, 30, "Response within four hours, Monday to Saturday.",
                    "SRV-MAINT:12:5", "TNR-BK:24:5");
            OfferDetails sent = demo.marketer(() -> demo.offers().send(offer.id(), offer.version()));
            OfferDetails accepted = demo.marketer(() -> demo.offers().accept(sent.id(), sent.version()));
            demo.marketer(() -> demo.offers().startDelivery(accepted.id(), accepted.version()));
        }
    },
    PLATINUM_SUBMITTED {
        void play(DemoCustomization demo, long customerId) {
            demo.request(customerId, RELATIONSHIP, "Would like one contact person who knows our account and visits every quarter.",
                    SALES_VISIT, "marketer", "MARKETER");
        }
    },
    PLATINUM_PENDING {
        void play(DemoCustomization demo, long customerId) {
            long id = feasible(demo, customerId, SUCCESS, "We are opening three branches this year and want the IT equipment ready on opening day.",
                    COLLABORATIVE, PARTNER);
            OfferDetails offer = demo.offer(id, 21, "Equipment delivered and set up before each opening.",
                    "LAP-14:30:14", "MON-27:30:14", "PTN-MOVE:3:0");
            demo.marketer(() -> demo.offers().submitForApproval(offer.id(), offer.version()));
        }
    },
    GOLD_ACCEPTED {
        void play(DemoCustomization demo, long customerId) {
            long id = feasible(demo, customerId, PRODUCT, "Laptops with our software preinstalled and our logo engraved on the lid.",
                    TRANSPARENT, PRODUCT_VARIETY);
            OfferDetails offer = demo.offer(id, 30, null, "LAP-14:10:0", "SRV-ENGRAVE:10:0", "~Software image preinstalled:10:80.00:25.00");
            OfferDetails sent = demo.marketer(() -> demo.offers().send(offer.id(), offer.version()));
            demo.marketer(() -> demo.offers().accept(sent.id(), sent.version()));
        }
    },
    GOLD_PENDING {
        void play(DemoCustomization demo, long customerId) {
            long id = feasible(demo, customerId, PRODUCT, "A3 colour printers for the design department, with extra trays; they print posters every week.",
                    TRANSPARENT, MODULAR);
            OfferDetails offer = demo.offer(id, 14, "Price held for two weeks.", "PRN-A3:4:15", "MOD-TRAY:4:15", "SRV-INST:4:0");
            demo.marketer(() -> demo.offers().submitForApproval(offer.id(), offer.version()));
        }
    },
    GOLD_APPROVED {
        void play(DemoCustomization demo, long customerId) {
            long id = feasible(demo, customerId, SERVICE, "Training for 20 new staff in the first week of next month, in Chinese.",
                    COSMETIC, STANDARD_PLUS_SERVICE);
            OfferDetails offer = demo.offer(id, 20, null, "SRV-TRAIN:4:12", "LIC-OFF:20:12");
            OfferDetails pending = demo.marketer(() -> demo.offers().submitForApproval(offer.id(), offer.version()));
            demo.manager(() -> demo.approvals().approve(pending.id(), pending.version()));
        }
    },
    GOLD_REJECTED {
        void play(DemoCustomization demo, long customerId) {
            long id = feasible(demo, customerId, EXPERIENCE, "Cloud backup for all branches, with a monthly report they can show their auditors.",
                    TRANSPARENT, PARTNER);
            OfferDetails offer = demo.offer(id, 20, null, "PTN-CLOUD:10:8", "~Monthly backup report:12:100.00:95.00");
            OfferDetails pending = demo.marketer(() -> demo.offers().submitForApproval(offer.id(), offer.version()));
            demo.manager(() -> demo.approvals().reject(pending.id(), pending.version(),
                    "The partner's price leaves us almost nothing. Ask the partner for a better rate or charge for the report."));
        }
    },
    GOLD_REVIEW {
        void play(DemoCustomization demo, long customerId) {
            long id = demo.request(customerId, EXPERIENCE, "Wants to order consumables through a web page instead of by phone.",
                    INTERACTION, "desk", "SERVICE_DESK");
            demo.review(id);
        }
    },
    IRON_SENT {
        void play(DemoCustomization demo, long customerId) {
            long id = feasible(demo, customerId, PRODUCT, "Toner and paper delivered every month without having to order.",
                    ADAPTIVE, STANDARD_PLUS_SERVICE);
            OfferDetails offer = demo.offer(id, 20, "Monthly delivery on the first working day.", "TNR-BK:12:5", "PPR-A4:24:5");
            demo.marketer(() -> demo.offers().send(offer.id(), offer.version()));
        }
    },
    IRON_DECLINED {
        void play(DemoCustomization demo, long customerId) {
            long id = feasible(demo, customerId, PRODUCT, "Ergonomic chairs for the call centre; several staff complained about back pain.",
                    ADAPTIVE, PRODUCT_VARIETY);
            OfferDetails offer = demo.offer(id, 20, null, "CHR-ERG:15:5");
            OfferDetails sent = demo.marketer(() -> demo.offers().send(offer.id(), offer.version()));
            demo.marketer(() -> demo.offers().decline(sent.id(), sent.version(), "Found a cheaper supplier."));
        }
    },
    IRON_RENEGOTIATION {
        void play(DemoCustomization demo, long customerId) {
            long id = feasible(demo, customerId, SERVICE, "Printer with a longer warranty; the last one broke after a year.",
                    COSMETIC, STANDARD_PLUS_SERVICE);
            OfferDetails offer = demo.offer(id, 20, null, "PRN-A4:2:5", "SRV-MAINT:2:5");
            OfferDetails sent = demo.marketer(() -> demo.offers().send(offer.id(), offer.version()));
            demo.marketer(() -> {
                long next = demo.offers().renegotiate(sent.id(), sent.version(), "Customer asks for three years of maintenance instead of one.");
                return demo.offers().find(next).orElseThrow();
            });
        }
    },
    IRON_EXPIRED {
        void play(DemoCustomization demo, long customerId) {
            long id = feasible(demo, customerId, PRODUCT, "Monitors for the accounting team, two per desk.", ADAPTIVE, PRODUCT_VARIETY);
            OfferDetails offer = demo.offer(id, 0, null, "MON-27:12:5");
            demo.marketer(() -> demo.offers().send(offer.id(), offer.version()));
            demo.expireAsOfTomorrow();
        }
    },
    IRON_WITHDRAWN {
        void play(DemoCustomization demo, long customerId) {
            long id = feasible(demo, customerId, PRODUCT, "Desks with cable ducts for the new meeting rooms.", ADAPTIVE, MODULAR);
            OfferDetails offer = demo.offer(id, 20, null, "DSK-STD:6:0", "MOD-DSKEXT:6:0");
            demo.marketer(() -> demo.offers().withdraw(offer.id(), offer.version(), "The customer postponed the move to next year."));
        }
    },
    LEAD_DRAFT {
        void play(DemoCustomization demo, long customerId) {
            long id = feasible(demo, customerId, PRODUCT, "One A4 printer with a duplex unit.", ADAPTIVE, MODULAR);
            demo.offer(id, 30, null, "PRN-A4:1:0", "MOD-DUPLEX:1:0");
        }
    },
    LEAD_NOT_FEASIBLE {
        void play(DemoCustomization demo, long customerId) {
            long id = demo.request(customerId, PRODUCT, "Custom-built furniture in solid rosewood for the reception.", COMPLAINT,
                    "desk", "SERVICE_DESK");
            demo.review(id);
            demo.notFeasible(id, "We have no supplier for solid rosewood furniture; offered our standard desks instead.");
        }
    },
    LEAD_REVIEW {
        void play(DemoCustomization demo, long customerId) {
            long id = demo.request(customerId, SERVICE, "Wants invoices in English and Chinese.", CAMPAIGN, "marketer", "MARKETER");
            demo.review(id);
        }
    },
    LEAD_SUBMITTED {
        void play(DemoCustomization demo, long customerId) {
            demo.request(customerId, EXPERIENCE, "Asked whether deliveries can come after 18:00.", INTERACTION, "desk", "SERVICE_DESK");
        }
    };

    abstract void play(DemoCustomization demo, long customerId);

    static long feasible(DemoCustomization demo, long customerId, NeedLevel level, String need, CustomizationType type,
                         DeliveryMeans means) {
        long id = demo.request(customerId, level, need, SALES_VISIT, "marketer", "MARKETER");
        demo.review(id);
        demo.decide(id, type, means);
        return id;
    }
}
