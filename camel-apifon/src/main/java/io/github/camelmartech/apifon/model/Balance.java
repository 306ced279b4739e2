package io.github.camelmartech.apifon.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.MarTechBean;

/** The account balance; amounts are strings as Apifon sends them. */
public class Balance extends MarTechBean {

    @JsonProperty("balance")
    private String balance;
    @JsonProperty("reserved")
    private String reserved;
    @JsonProperty("plafon")
    private String plafon;
    @JsonProperty("subscriptions")
    private List<BalanceSubscription> subscriptions;

    public String getBalance() {
        return balance;
    }

    public void setBalance(String balance) {
        this.balance = balance;
    }

    public String getReserved() {
        return reserved;
    }

    public void setReserved(String reserved) {
        this.reserved = reserved;
    }

    public String getPlafon() {
        return plafon;
    }

    public void setPlafon(String plafon) {
        this.plafon = plafon;
    }

    public List<BalanceSubscription> getSubscriptions() {
        return subscriptions;
    }

    public void setSubscriptions(List<BalanceSubscription> subscriptions) {
        this.subscriptions = subscriptions;
    }
}
