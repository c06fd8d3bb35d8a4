package com.idic.crm.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Word lists the demo company's customers are made of. */
final class DemoNames {

    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹");
    static final List<String> GIVEN = List.of("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇",
            "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "文", "华", "建国", "晓燕", "子涵", "浩然", "欣怡");
    static final List<String> FIRST = List.of("James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda",
            "William", "Elizabeth", "David", "Susan", "Richard", "Jessica", "Thomas", "Sarah", "Daniel", "Karen", "Emily", "Kevin");
    static final List<String> LAST = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
            "Anderson", "Taylor", "Moore", "Martin", "Lee", "Walker", "Hall", "Young", "King", "Wright", "Green", "Baker");
    static final List<String> CITY_PREFIX = List.of("北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "沈阳");
    static final List<String> FIRM_WORD = List.of("华信", "恒通", "鼎盛", "新元", "天成", "博远", "金桥", "瑞丰", "宏达", "中科",
            "东方", "远航", "嘉禾", "安泰", "卓越");
    static final List<String> FIRM_KIND = List.of("科技有限公司", "贸易有限公司", "制造有限公司", "信息技术有限公司", "商贸有限公司", "物流有限公司");
    static final List<String> EN_FIRM_WORD = List.of("Northwind", "Bluewater", "Summit", "Pioneer", "Golden Gate", "Evergreen",
            "Redwood", "Silverline", "Harbor", "Crescent");
    static final List<String> EN_FIRM_KIND = List.of("Trading Co., Ltd.", "Technologies Ltd.", "Industries", "Logistics Ltd.", "Holdings");
    static final List<String> REGIONS = List.of("北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "沈阳");
    static final List<String> AREA_CODES = List.of("010", "021", "020", "0755", "0571", "028", "027", "025", "029", "024");
    static final List<String> INDUSTRIES = List.of("Manufacturing", "Retail", "Finance", "Software", "Logistics",
            "Healthcare", "Education", "Construction", "Energy", "Hospitality");
    static final List<String> CATEGORIES = List.of("Office Equipment", "Software Licences", "Consumables", "Furniture",
            "Maintenance Service", "Training", "Electronics", "Custom Solutions");
    /** What kinds of customer buy together: an office, an IT department, a fit-out, a household. */
    static final List<List<String>> BUSINESS_BASKETS = List.of(
            List.of("Office Equipment", "Consumables", "Maintenance Service", "Furniture"),
            List.of("Electronics", "Software Licences", "Training", "Maintenance Service"),
            List.of("Furniture", "Custom Solutions", "Office Equipment", "Electronics"));
    static final List<String> HOUSEHOLD_BASKET = List.of("Consumables", "Electronics", "Furniture", "Training");
    static final List<String> CHANNELS = List.of("Online", "Store", "Phone", "Distributor", "Sales Rep");
    static final List<String> CONTACT_ROLES = List.of("Purchasing Manager", "General Manager", "Finance", "IT Director", "Assistant");

    private DemoNames() {
    }

    static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String chinesePerson(SplittableRandom random) {
        return pick(random, SURNAMES) + pick(random, GIVEN);
    }

    static String englishPerson(SplittableRandom random) {
        return pick(random, FIRST) + " " + pick(random, LAST);
    }
}
