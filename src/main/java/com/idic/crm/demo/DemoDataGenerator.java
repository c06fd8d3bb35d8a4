package com.idic.crm.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.idic.crm.customer.CustomerRecord;
import com.idic.crm.customer.CustomerType;
import com.idic.crm.customer.Gender;
import com.idic.crm.customer.InformationSource;
import com.idic.crm.customer.PurchaseStage;
import com.idic.crm.customer.RelationshipType;

import static com.idic.crm.demo.DemoNames.pick;

/**
 * A realistic demo company: same seed and sizes give the same data. Every customer and its
 * orders come from a random seeded by (seed, customer index), so any slice can be generated
 * alone and 10,000,000 orders stream without being held in memory (only one int per customer is).
 * Order counts follow a Pareto distribution: a few customers place most orders.
 */
public final class DemoDataGenerator {

    private static final long ORDER_SALT = 0x5DEECE66DL;
    private static final long WEIGHT_SALT = 0x2545F4914F6CDD1DL;
    private static final long PROFILE_SALT = 0x9E3779B97F4A7C15L;
    private static final int HISTORY_DAYS = 3 * 365;

    private final long seed;
    private final int customerCount;
    private final LocalDate today;
    private final int[] firstOrder;

    public DemoDataGenerator(long seed, int customers, int orders, LocalDate today) {
        this.seed = seed;
        this.customerCount = customers;
        this.today = today;
        this.firstOrder = allocateOrders(customers, orders);
    }

    public int customerCount() {
        return customerCount;
    }

    public static String customerExternalId(int index) {
        return "DEMO-C" + padded(index, 7);
    }

    /** Pareto weights (alpha 1.16, the 80/20 rule), a sixth of the customers without any order. */
    private int[] allocateOrders(int customers, int orders) {
        double[] weights = new double[customers];
        double total = 0;
        for (int i = 0; i < customers; i++) {
            SplittableRandom random = random(WEIGHT_SALT, i);
            weights[i] = random.nextInt(6) == 0 ? 0 : Math.pow(1 - random.nextDouble(), -1 / 1.16);
            total += weights[i];
        }
        int[] first = new int[customers + 1];
        double cumulative = 0;
        for (int i = 0; i < customers; i++) {
            cumulative += weights[i];
            first[i + 1] = total == 0 ? 0 : (int) Math.round(cumulative / total * orders);
        }
        return first;
    }

    public int orderCount(int index) {
        return firstOrder[index + 1] - firstOrder[index];
    }

    public Stream<CustomerRecord> customers() {
        return IntStream.range(0, customerCount).mapToObj(this::customer);
    }

    /** All orders, customer by customer. */
    public Stream<GeneratedOrder> orders() {
        return IntStream.range(0, customerCount).boxed().flatMap(this::ordersOf);
    }

    public CustomerRecord customer(int index) {
        SplittableRandom random = random(0, index);
        boolean organization = random.nextInt(4) == 0;
        boolean chinese = random.nextInt(10) < 6;
        int regionIndex = random.nextInt(DemoNames.REGIONS.size());
        String name = organization ? firmName(random, chinese, regionIndex) : chinese
                ? DemoNames.chinesePerson(random) : DemoNames.englishPerson(random);
        String phone = organization
                ? DemoNames.AREA_CODES.get(regionIndex) + "-" + (60_000_000 + random.nextInt(30_000_000))
                : "1" + (3 + random.nextInt(7)) + padded(random.nextInt(1_000_000_000), 9);
        String email = random.nextInt(5) == 0 ? null
                : (organization ? "info" : "c") + index + "@" + (organization ? "corp" : "mail") + ".example.com";
        String region = DemoNames.REGIONS.get(regionIndex);
        // some records are someone else's duplicate: same phone, same e-mail or same name in the same region
        if (index > 20 && random.nextInt(100) < 3) {
            int original = random.nextInt(index);
            CustomerRecord other = customer(original);
            switch (random.nextInt(3)) {
                case 0 -> { phone = other.phone(); name = variant(other.name()); }
                case 1 -> { email = other.email() == null ? email : other.email().toUpperCase(); name = variant(other.name()); }
                default -> { name = other.name(); region = other.region(); }
            }
        }
        LocalDate createdOn = today.minusDays(HISTORY_DAYS + random.nextInt(2 * 365));
        int verified = random.nextInt(10);
        LocalDate lastVerifiedOn = verified < 2 ? null
                : verified < 4 ? today.minusDays(366 + random.nextInt(3 * 365)) : today.minusDays(random.nextInt(365));
        return new CustomerRecord(customerExternalId(index),
                organization ? CustomerType.ORGANIZATION : CustomerType.INDIVIDUAL, name,
                organization ? null : (random.nextBoolean() ? Gender.FEMALE : Gender.MALE),
                organization ? null : today.minusYears(20 + random.nextInt(55)).minusDays(random.nextInt(365)),
                organization ? today.minusYears(2 + random.nextInt(40)).minusDays(random.nextInt(365)) : null,
                organization ? pick(random, DemoNames.INDUSTRIES) : null,
                phone, email, region, relationship(random, organization),
                pick(random, List.of(InformationSource.values())), stage(index, organization),
                createdOn, lastVerifiedOn);
    }

    /** One to three contact persons for about a third of the organizations. */
    public List<GeneratedContact> contacts(int index) {
        CustomerRecord customer = customer(index);
        SplittableRandom random = random(ORDER_SALT ^ WEIGHT_SALT, index);
        List<GeneratedContact> contacts = new ArrayList<>();
        if (customer.type() == CustomerType.ORGANIZATION && random.nextInt(3) == 0) {
            int count = 1 + random.nextInt(3);
            for (int k = 0; k < count; k++) {
                String name = random.nextBoolean() ? DemoNames.chinesePerson(random) : DemoNames.englishPerson(random);
                contacts.add(new GeneratedContact(customer.externalId(), name, pick(random, DemoNames.CONTACT_ROLES),
                        "13" + padded(random.nextInt(1_000_000_000), 9), "contact" + k + "." + index + "@corp.example.com"));
            }
        }
        return contacts;
    }

    public Stream<GeneratedOrder> ordersOf(int index) {
        int count = orderCount(index);
        if (count == 0) {
            return Stream.empty();
        }
        SplittableRandom random = random(ORDER_SALT, index);
        boolean organization = random(0, index).nextInt(4) == 0;
        // a customer is active over part of the three years; a fifth stopped buying over a year ago
        int start = random.nextInt(HISTORY_DAYS);
        int end = stoppedBuying(random) ? 365 + random.nextInt(Math.max(1, HISTORY_DAYS - 365)) : random.nextInt(60);
        int newest = Math.min(start, end);
        int span = Math.max(1, start - newest);
        double typicalAmount = (organization ? 2_000 : 150) * Math.exp(random.nextGaussian() * 0.8);
        String customerId = customerExternalId(index);
        int firstNumber = firstOrder[index];
        List<String> categories = purchaseProfile(index);
        return IntStream.range(0, count).mapToObj(k -> {
            LocalDate date = today.minusDays(newest + random.nextInt(span));
            BigDecimal amount = money(typicalAmount * Math.exp(random.nextGaussian() * 0.5));
            BigDecimal cost = money(amount.doubleValue() * (0.6 + random.nextDouble() * 0.2));
            BigDecimal paid = amount;
            LocalDate paidDate = date;
            if (organization) {
                int outcome = random.nextInt(20);
                paidDate = date.plusDays(outcome < 15 ? 10 + random.nextInt(50) : 60 + random.nextInt(200));
                paid = outcome == 19 ? null : outcome == 18 ? money(amount.doubleValue() * random.nextDouble()) : amount;
                if (paid == null || paidDate.isAfter(today)) {
                    paid = null;
                    paidDate = null;
                }
            }
            return new GeneratedOrder("DEMO-O" + padded(firstNumber + k, 8), customerId, date, amount, cost,
                    pick(random, categories), pick(random, DemoNames.CHANNELS), paid, paidDate);
        });
    }

    /**
     * The categories a customer buys in: the two of its basket every such customer takes, each of the basket's
     * other two at even odds, and now and then one from elsewhere. Nobody buys everything, and customers of one
     * basket resemble each other, so "customers like this also took" has an answer.
     */
    public List<String> purchaseProfile(int index) {
        SplittableRandom random = random(PROFILE_SALT, index);
        boolean organization = random(0, index).nextInt(4) == 0;
        List<String> basket = organization ? pick(random, DemoNames.BUSINESS_BASKETS) : DemoNames.HOUSEHOLD_BASKET;
        List<String> profile = new ArrayList<>(basket.subList(0, 2));
        basket.subList(2, basket.size()).stream().filter(category -> random.nextBoolean()).forEach(profile::add);
        if (random.nextInt(3) == 0) {
            String other = pick(random, DemoNames.CATEGORIES);
            if (!profile.contains(other)) {
                profile.add(other);
            }
        }
        return profile;
    }

    private PurchaseStage stage(int index, boolean organization) {
        int orders = orderCount(index);
        if (orders == 0) {
            return index % 3 == 0 ? PurchaseStage.INTENDING : PurchaseStage.POTENTIAL;
        }
        if (stoppedBuying(index) && index % 2 == 0) {
            return PurchaseStage.LOST;
        }
        if (orders == 1) {
            return PurchaseStage.FIRST_TIME;
        }
        if (orders <= 5) {
            return PurchaseStage.REPEAT;
        }
        if (orders <= 20) {
            return PurchaseStage.MAJOR;
        }
        return organization && index % 2 == 0 ? PurchaseStage.BUSINESS_PARTNER : PurchaseStage.LOYAL;
    }

    private boolean stoppedBuying(int index) {
        SplittableRandom random = random(ORDER_SALT, index);
        random.nextInt(HISTORY_DAYS);
        return stoppedBuying(random);
    }

    /** The draw that follows the start day in a customer's order random. */
    private static boolean stoppedBuying(SplittableRandom random) {
        return random.nextInt(5) == 0;
    }

    private static RelationshipType relationship(SplittableRandom random, boolean organization) {
        int roll = random.nextInt(100);
        if (!organization) {
            return roll < 97 ? RelationshipType.GENERAL_CONSUMER : RelationshipType.INTERNAL;
        }
        return roll < 70 ? RelationshipType.ENTERPRISE : roll < 95 ? RelationshipType.CHANNEL_PARTNER : RelationshipType.INTERNAL;
    }

    private static String firmName(SplittableRandom random, boolean chinese, int regionIndex) {
        return chinese ? DemoNames.CITY_PREFIX.get(regionIndex) + pick(random, DemoNames.FIRM_WORD) + pick(random, DemoNames.FIRM_KIND)
                : pick(random, DemoNames.EN_FIRM_WORD) + " " + pick(random, DemoNames.EN_FIRM_KIND);
    }

    /** How people write the same name twice: spacing, a title, or a second character. */
    private static String variant(String name) {
        if (name.contains(" ")) {
            return name.replace(" ", "  ").toUpperCase();
        }
        return name.length() <= 3 ? name + "先生" : name.replace("有限公司", "公司");
    }

    /** Zero-padded decimal; String.format is far too slow for ten million ids. */
    private static String padded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(Math.max(1, value)).setScale(2, RoundingMode.HALF_UP);
    }

    private SplittableRandom random(long salt, int index) {
        return new SplittableRandom(seed ^ salt ^ (index * 0x9E3779B97F4A7C15L));
    }
}
