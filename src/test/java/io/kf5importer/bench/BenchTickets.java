package io.kf5importer.bench;

import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The rows of a generated export, with the columns of {@code sample-data/tickets.csv} so that
 * {@code config/mapping.yml} maps them: varied titles, multi-line descriptions with commas and quotes, every type,
 * status and priority, requesters with an email, a mobile or a landline, tags in two columns, due dates on tasks,
 * order numbers and amounts on some. Every row is good (the mapping accepts it) and has no attachment, so that
 * every row is one create request. Row {@code n} is the same in every run.
 */
final class BenchTickets {

    static final List<String> HEADER = List.of("工单编号", "标题", "描述", "类型", "状态", "优先级", "提交人", "邮箱",
            "电话", "标签", "产品", "截止时间", "订单号", "订单金额", "附件", "创建时间");

    private static final String[] TITLES = {"APP登录后闪退", "如何修改收货地址?", "发票抬头开错了", "退款一直没到账",
        "Cannot reset my password", "物流信息三天没有更新", "会员积分没有到账", "优惠券无法使用", "客服电话一直占线",
        "商品与描述不符，申请退货", "Export to Excel fails with \"timeout\"", "小程序支付失败"};
    private static final String[] SENTENCES = {"更新到 5.2.0 版本后，一登录就闪退。", "手机型号：华为 Mate 40，系统 HarmonyOS 3。",
        "订单已经提交了，还能改吗?", "上周开的电子发票抬头写错了，麻烦重开。", "已经等了一周, 还没有任何回复。",
        "The page says \"internal error\", see the screenshot.", "请尽快处理，谢谢！", "昨天下午三点左右发生的，重试了三次。",
        "客户很着急, 希望今天给个答复。", "附上订单截图和聊天记录。"};
    private static final String[] TYPES = {"咨询", "故障", "问题", "任务", "咨询", "故障"};
    private static final String[] STATUSES = {"待处理", "未处理", "处理中", "跟进中", "等待回复", "已解决", "已完成", "已关闭"};
    private static final String[] PRIORITIES = {"紧急", "高", "中", "低", ""};
    private static final String[] NAMES = {"张伟", "李娜", "王芳", "刘洋", "陈静", "Zhao Lei", "", "杨帆"};
    private static final String[] TAGS = {"闪退;登录", "订单、地址", "发票", "退款;支付", "物流", "", "会员;积分", "优惠券"};
    private static final String[] PRODUCTS = {"App", "官网", "小程序", "", "门店"};
    private static final LocalDateTime START = LocalDateTime.of(2023, 1, 1, 8, 0);

    private BenchTickets() {
    }

    /** One generated row, typed the way a spreadsheet would hold it. */
    record Row(String key, String title, String description, String type, String status, String priority,
            String name, String email, String phone, boolean mobile, String tags, String product, LocalDateTime due,
            String orderNumber, Double amount, LocalDateTime created) {

        /** The cells as a CSV export writes them. */
        List<String> texts() {
            return List.of(key, title, description, type, status, priority, name, email, phone, tags, product,
                    due == null ? "" : due.toString().replace('T', ' '), orderNumber,
                    amount == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", amount), "",
                    created.toString().replace('T', ' '));
        }
    }

    /** Row {@code number} (1-based) of a generated export whose keys start with {@code keyPrefix}. */
    static Row row(String keyPrefix, long number) {
        SplittableRandom random = new SplittableRandom(number * 0x9E3779B97F4A7C15L);
        String type = pick(random, TYPES);
        boolean withEmail = random.nextInt(10) < 8;
        boolean mobile = !withEmail || random.nextBoolean();
        String phone = withEmail && random.nextInt(3) == 0 ? ""
                : mobile ? "138" + String.format("%08d", number % 100_000_000)
                : "028-" + (1_000_000 + number % 9_000_000);
        boolean withOrder = random.nextInt(3) > 0;
        LocalDateTime created = START.plusMinutes(number * 7);
        return new Row(keyPrefix + number, pick(random, TITLES) + " #" + number, description(random),
                type, pick(random, STATUSES), pick(random, PRIORITIES), pick(random, NAMES),
                withEmail ? "user" + number + "@example.com" : "", phone, mobile, pick(random, TAGS),
                pick(random, PRODUCTS), "任务".equals(type) ? created.plusDays(3).withHour(18).withMinute(0) : null,
                withOrder ? "DD" + (20_230_000_000L + number) : "",
                withOrder ? (double) random.nextInt(1, 500_000) / 100 : null, created);
    }

    private static String description(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int sentences = random.nextInt(1, 6);
        for (int i = 0; i < sentences; i++) {
            text.append(pick(random, SENTENCES)).append(random.nextInt(4) == 0 ? "\n" : "");
        }
        return text.toString().strip();
    }

    private static String pick(SplittableRandom random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
