package com.idic.crm.interaction;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.idic.crm.interaction.domain.CustomerRelationship;
import com.idic.crm.interaction.domain.CustomerRelationshipRepository;
import com.idic.crm.interaction.domain.Interaction;
import com.idic.crm.interaction.domain.InteractionRepository;
import com.idic.crm.interaction.domain.RelationshipChangeEntry;
import com.idic.crm.interaction.domain.RelationshipChangeRepository;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo company a contact history and relationship levels on first start, right after its
 * customers and orders (order 100 of the same event): only while the demo customers exist and nobody has
 * recorded a contact, so real data never gets made-up history. Seeded, so every new install looks alike.
 */
@Component
@ConditionalOnProperty(name = "crm.demo-data.enabled", havingValue = "true")
class DemoInteractions {

    static final String DEMO_EXTERNAL_IDS = "DEMO-C%";
    static final int CUSTOMERS = 600;

    private static final Logger log = LoggerFactory.getLogger(DemoInteractions.class);
    private static final List<String> HANDLERS = List.of("desk", "desk", "desk", "marketer", "manager");

    private final JdbcTemplate jdbc;
    private final InteractionRepository interactions;
    private final CustomerRelationshipRepository relationships;
    private final RelationshipChangeRepository relationshipChanges;
    private final Clock clock;
    private final long seed;

    DemoInteractions(JdbcTemplate jdbc, InteractionRepository interactions, CustomerRelationshipRepository relationships,
                     RelationshipChangeRepository relationshipChanges, Clock clock, @Value("${crm.demo-data.seed:1}") long seed) {
        this.jdbc = jdbc;
        this.interactions = interactions;
        this.relationships = relationships;
        this.relationshipChanges = relationshipChanges;
        this.clock = clock;
        this.seed = seed;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(150)
    @Transactional
    @PermitAll // started by the application itself, with nobody logged in; writes demo rows only into an untouched demo company
    public void addIfNone() {
        boolean any = Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM interaction) OR EXISTS (SELECT 1 FROM customer_relationship)", Boolean.class));
        List<Long> ids = jdbc.queryForList("SELECT id FROM customer WHERE external_id LIKE ? AND merged_into_id IS NULL"
                + " ORDER BY id LIMIT ?", Long.class, DEMO_EXTERNAL_IDS, CUSTOMERS);
        if (any || ids.isEmpty()) {
            return;
        }
        int contacts = addTo(ids);
        log.info("Demo contact history: {} contacts and relationship levels for {} customers", contacts, ids.size());
    }

    int addTo(List<Long> customerIds) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        List<Interaction> contacts = new ArrayList<>();
        List<CustomerRelationship> levels = new ArrayList<>();
        List<RelationshipChangeEntry> levelChanges = new ArrayList<>();
        for (long customerId : customerIds) {
            int count = random.nextInt(9);
            for (int i = 0; i < count; i++) {
                ContentType content = ContentType.values()[random.nextInt(ContentType.values().length)];
                LocalDateTime at = now.minusDays(random.nextInt(720)).minusMinutes(random.nextInt(600))
                        .withHour(9 + random.nextInt(9));
                if (at.isAfter(now)) {
                    at = now.minusHours(1);
                }
                Direction direction = random.nextInt(3) == 0 ? Direction.OUTBOUND : Direction.INBOUND;
                NewInteraction contact = new NewInteraction(customerId, channel(random), direction, content,
                        summary(random, content), at);
                contacts.add(new Interaction(contact, HANDLERS.get(random.nextInt(HANDLERS.size())),
                        at.plusMinutes(5).isAfter(now) ? now : at.plusMinutes(5)));
            }
            RelationshipLevel level = level(random, count);
            if (level != RelationshipLevel.BASIC || random.nextInt(4) == 0) {
                LocalDateTime changedAt = now.minusDays(1 + random.nextInt(300)).withHour(10);
                String by = HANDLERS.get(random.nextInt(HANDLERS.size()));
                CustomerRelationship relationship = new CustomerRelationship(customerId);
                relationship.change(level, by, changedAt);
                levels.add(relationship);
                levelChanges.add(new RelationshipChangeEntry(customerId, null, level, by, changedAt));
            }
        }
        // through JPA, as every later contact is written, so the stored times follow one convention
        interactions.saveAll(contacts);
        relationships.saveAll(levels);
        relationshipChanges.saveAll(levelChanges);
        return contacts.size();
    }

    private static InteractionChannel channel(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return InteractionChannel.PHONE;
        }
        if (roll < 65) {
            return InteractionChannel.EMAIL;
        }
        if (roll < 78) {
            return InteractionChannel.SOCIAL_MEDIA;
        }
        if (roll < 88) {
            return InteractionChannel.IN_PERSON;
        }
        if (roll < 95) {
            return InteractionChannel.WEB;
        }
        return roll < 98 ? InteractionChannel.LETTER : InteractionChannel.FAX;
    }

    /** Customers we talk to more often tend to be kept at a closer level. */
    private static RelationshipLevel level(SplittableRandom random, int contacts) {
        int roll = random.nextInt(100) + contacts * 6;
        if (roll < 45) {
            return RelationshipLevel.BASIC;
        }
        if (roll < 75) {
            return RelationshipLevel.REACTIVE;
        }
        if (roll < 100) {
            return RelationshipLevel.ACCOUNTABLE;
        }
        return roll < 130 ? RelationshipLevel.PROACTIVE : RelationshipLevel.PARTNERSHIP;
    }

    private static String summary(SplittableRandom random, ContentType content) {
        List<String> texts = switch (content) {
            case INFORMATION -> List.of(
                    "询问上月订单的发货进度，已告知预计周五送达。",
                    "客户更新了收货地址和财务联系人，已同步到档案。",
                    "咨询新款打印耗材的价格和起订量，已发报价单。",
                    "确认年度维保合同的续签时间，约定下月初上门签约。",
                    "询问发票开具进度，财务已于当天补开并邮寄。",
                    "客户来电核对对账单，两笔付款已核销。");
            case EMOTION -> List.of(
                    "对上次上门维修的及时处理表示感谢，非常满意。",
                    "因配送延误两天情绪不满，已致歉并承诺优先安排。",
                    "抱怨客服电话长时间无人接听，已记录并反馈主管。",
                    "对新到的办公家具质量很满意，表示会推荐给合作伙伴。",
                    "对价格上调表示失望，已解释原因并提供老客户折扣。");
            case OPINION -> List.of(
                    "建议在订单确认邮件中附上预计到货日期。",
                    "希望培训课程能增加周末班次。",
                    "建议耗材包装改为可回收材料。",
                    "认为线上下单流程步骤太多，希望简化。",
                    "建议为大客户提供专属客户经理。");
            case IDEA -> List.of(
                    "提出可按季度打包采购耗材并自动补货的想法。",
                    "希望能在我们的软件中直接查看设备维修记录。",
                    "提议联合举办面向行业客户的新产品体验日。",
                    "设想为分支机构统一定制带公司标识的办公用品。");
        };
        return texts.get(random.nextInt(texts.size()));
    }
}
