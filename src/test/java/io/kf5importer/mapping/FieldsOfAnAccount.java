package io.kf5importer.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ticket fields of an imagined KF5 account, for mapping tests that need no server. */
final class FieldsOfAnAccount implements TicketFieldCatalog {

    static final FieldsOfAnAccount SEED = new FieldsOfAnAccount(List.of(
            new TicketFieldInfo("field_201", "来源编号", "text", List.of(), true),
            new TicketFieldInfo("field_202", "产品线", "dropdownlist", List.of("云客服", "呼叫中心", "在线客服", "Web Portal"),
                    true),
            new TicketFieldInfo("field_203", "首次联系日期", "date", List.of(), true),
            new TicketFieldInfo("field_204", "涉及订单数", "number", List.of(), true),
            new TicketFieldInfo("field_205", "订单金额", "decimal", List.of(), true),
            new TicketFieldInfo("field_208", "旧工单号（停用）", "text", List.of(), false)));

    private final List<TicketFieldInfo> fields;

    FieldsOfAnAccount(List<TicketFieldInfo> fields) {
        this.fields = fields;
    }

    @Override
    public Optional<TicketFieldInfo> field(String nameOrLabel) {
        return fields.stream()
                .filter(field -> field.name().equals(nameOrLabel) || field.label().equalsIgnoreCase(nameOrLabel))
                .findFirst();
    }

    @Override
    public List<String> closest(String nameOrLabel) {
        List<String> names = new ArrayList<>();
        fields.forEach(field -> names.add(field.label()));
        return ClosestNames.of(nameOrLabel, names, 3);
    }

    /** Lookups that know these fields and no names. */
    IdLookups lookups() {
        return new IdLookups(IdLookup.NONE, IdLookup.NONE, IdLookup.NONE, IdLookup.NONE, this);
    }
}
