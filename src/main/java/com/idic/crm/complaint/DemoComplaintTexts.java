package com.idic.crm.complaint;

import java.util.List;

/** What the demo company's customers complain about, in Chinese and in English (for customers with English names). */
final class DemoComplaintTexts {

    /** One kind of complaint: category position (1..5 of the default list), texts, the usual remedy. */
    record Kind(int category, String subjectZh, String descriptionZh, String wantsZh, String subjectEn, String descriptionEn,
                String wantsEn, RemedyType remedy, String amount) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind(1, "激光打印机到货外壳破损", "收到的激光打印机外壳有裂痕，包装箱也有明显压痕。", "更换一台新机",
                    "Laser printer arrived with a cracked case", "The printer case is cracked and the box was visibly crushed.",
                    "A new printer", RemedyType.REPLACEMENT, null),
            new Kind(2, "送货比承诺晚了一周", "订单承诺三天送达，实际用了十天，耽误了新办公室开业。", "退还运费并说明原因",
                    "Delivery a week later than promised", "Promised in three days, delivered after ten; our new office opened without it.",
                    "Refund of the delivery fee", RemedyType.DISCOUNT, "150.00"),
            new Kind(3, "维修工程师态度恶劣", "上门维修的工程师迟到两小时，还对前台员工出言不逊。", "公司书面道歉",
                    "Rude maintenance engineer", "The engineer came two hours late and was rude to our receptionist.",
                    "A written apology", RemedyType.APOLOGY, null),
            new Kind(4, "发票金额与合同不符", "发票比合同金额多开了 1,200 元。", "重新开具正确的发票",
                    "Invoice does not match the contract", "The invoice is CNY 1,200 higher than the contract.",
                    "A corrected invoice", RemedyType.OTHER, null),
            new Kind(1, "软件许可证无法激活", "购买的 20 个许可证中有 5 个提示激活码已被使用。", "尽快提供可用的激活码",
                    "Software licences cannot be activated", "5 of the 20 licence keys we bought are reported as already used.",
                    "Working keys as soon as possible", RemedyType.REPLACEMENT, null),
            new Kind(1, "墨盒漏墨弄脏合同", "新买的墨盒装上后漏墨，打印出的合同全部报废。", "退款并赔偿纸张损失",
                    "Leaking ink cartridges ruined contracts", "The new cartridges leaked and every printed contract was ruined.",
                    "Refund and the paper replaced", RemedyType.REFUND, "386.00"),
            new Kind(1, "办公椅扶手断裂", "使用不到一个月，两把办公椅的扶手断裂。", "免费维修或更换",
                    "Office chair armrests broke", "Two chairs lost their armrests after less than a month.",
                    "Free repair or replacement", RemedyType.REPAIR, null),
            new Kind(3, "培训课程临时取消未通知", "员工按时到达培训地点，才得知课程已经取消。", "重新安排课程并补偿交通费",
                    "Training cancelled without notice", "Our staff arrived on time and only then learned the course was cancelled.",
                    "A new date and travel costs", RemedyType.DISCOUNT, "600.00"),
            new Kind(4, "同一订单重复扣款", "同一笔订单信用卡被扣款两次。", "退还多扣的款项",
                    "Charged twice for one order", "The credit card was charged twice for the same order.",
                    "The second charge refunded", RemedyType.REFUND, "2480.00"),
            new Kind(3, "客服热线长时间无人接听", "连续三天拨打客服热线，每次等待超过 20 分钟。", "指定专人跟进",
                    "Nobody answers the service hotline", "Three days in a row we waited more than 20 minutes on the hotline.",
                    "One named contact person", RemedyType.APOLOGY, null),
            new Kind(2, "定制会议室系统交付延期", "定制的会议室系统比合同约定晚交付三周。", "按合同赔偿违约金",
                    "Custom meeting-room system delivered late", "The custom system came three weeks after the contract date.",
                    "The contractual penalty", RemedyType.DISCOUNT, "5000.00"),
            new Kind(1, "笔记本电脑屏幕有坏点", "新采购的笔记本电脑中有三台屏幕出现坏点。", "更换屏幕",
                    "Laptop screens with dead pixels", "Three of the new laptops have dead pixels.",
                    "New screens", RemedyType.REPLACEMENT, null),
            new Kind(3, "送货员态度粗鲁", "送货员把货物扔在门口，拒绝搬上楼。", "道歉并加强培训",
                    "Rude delivery driver", "The driver dropped the goods at the door and refused to carry them upstairs.",
                    "An apology", RemedyType.APOLOGY, null),
            new Kind(5, "网站订单状态一直不更新", "下单一周后网站仍显示\u201c处理中\u201d。", "告知真实进度",
                    "Order status on the website never changes", "A week after ordering the website still says \u201cprocessing\u201d.",
                    "To know where the order really is", RemedyType.OTHER, null));

    static final List<String> INVALID_ZH = List.of("经核实，货物签收时完好，签收单上客户未提出异议。", "投诉的产品已超过保修期两年，不在免费维修范围内。",
            "扣款记录显示只扣款一次，第二笔为银行预授权，已自动撤销。");
    static final List<String> INVALID_EN = List.of("The delivery note was signed without remarks; the goods were intact on arrival.",
            "The product is two years past its warranty.", "Only one charge was made; the second was a bank pre-authorisation, already released.");
    static final List<String> FOLLOW_UP_ZH = List.of("客户对处理结果很满意。", "问题已解决，但希望以后响应更快。", "客户表示会继续合作。",
            "客户仍然不满意，认为补偿太少。", "客户说处理太慢，考虑更换供应商。");
    static final List<String> FOLLOW_UP_EN = List.of("Very happy with how it was handled.", "Solved, but wants faster answers next time.",
            "Will keep ordering from us.", "Still unhappy: the compensation is too small.", "Says it took far too long; thinking of changing supplier.");

    private DemoComplaintTexts() {
    }
}
