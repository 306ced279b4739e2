package io.github.camelmartech.apifon.model;

import java.util.Map;

/**
 * The documented delivery-report status names. SMS and IM (Viber) use different tables: the same code can mean
 * different things (3 is accepted for SMS, sent for IM; 110 no_price versus no_product).
 */
public final class DeliveryStatus {

    private static final Map<Integer, String> SMS = Map.ofEntries(
            Map.entry(1, "absent"), Map.entry(3, "accepted"), Map.entry(4, "accepted_smsc"),
            Map.entry(5, "call_barred"), Map.entry(7, "delivered"), Map.entry(8, "expired"),
            Map.entry(18, "rejected_smsc"), Map.entry(19, "teleservice_not_provisioned"),
            Map.entry(21, "unexpected_value"), Map.entry(22, "unknown_sub"), Map.entry(23, "smpp_refused"),
            Map.entry(24, "smsc_refused"), Map.entry(101, "no_sender"), Map.entry(103, "invalid_sender"),
            Map.entry(105, "lookup_invalid_msisdn"), Map.entry(106, "unknown_sender_type"),
            Map.entry(107, "account_not_allowed"), Map.entry(109, "no_coverage"), Map.entry(110, "no_price"),
            Map.entry(111, "spam_control"), Map.entry(112, "no_route_plan"), Map.entry(113, "invalid_account"),
            Map.entry(115, "account_insufficient_credits"));
    private static final Map<Integer, String> IM = Map.ofEntries(
            Map.entry(3, "sent"), Map.entry(7, "delivered"), Map.entry(8, "expired"), Map.entry(10, "seen"),
            Map.entry(22, "unknown_user"), Map.entry(101, "no_sender"), Map.entry(105, "invalid_msisdn"),
            Map.entry(109, "no_coverage"), Map.entry(110, "no_product"), Map.entry(111, "spam_control"),
            Map.entry(115, "account_insufficient_credits"), Map.entry(119, "sender_id_disabled"),
            Map.entry(120, "no_active_subscription"), Map.entry(121, "invalid_url"),
            Map.entry(130, "shared_sender_cap"));

    private DeliveryStatus() {
    }

    /**
     * The documented name of a status code for a callback type (VIBER uses the IM table, SMS and the rest the SMS
     * table), else the text Apifon sent, else null.
     */
    public static String name(String type, Integer code, String text) {
        if (code != null) {
            String name = ("VIBER".equalsIgnoreCase(type) ? IM : SMS).get(code);
            if (name != null) {
                return name;
            }
        }
        return text;
    }

    /**
     * Whether no further report follows for the message. The docs do not say; 3/4 (accepted, sent) are in flight,
     * every other code is an outcome (delivered, seen, expired or an error).
     */
    public static boolean isFinal(Integer code) {
        return code != null && code != 3 && code != 4;
    }
}
