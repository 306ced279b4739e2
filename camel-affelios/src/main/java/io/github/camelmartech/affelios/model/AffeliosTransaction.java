package io.github.camelmartech.affelios.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelmartech.support.json.ExtensibleModel;
import io.github.camelmartech.support.json.IsoDate;

/** A transaction to enqueue (every field optional per the vendor; further fields in {@link #getOther()}). */
@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_PROPERTIES) // the documents write ExternalId, ...
public class AffeliosTransaction extends ExtensibleModel {

    private String externalId;
    private String type;
    private String affiliateId;
    private String clickKey;
    private String externalCustomerId;
    private String externalBrandId;
    private String externalProductId;
    @IsoDate
    private Instant transactionDate;
    private String country;
    @JsonProperty("country_code")
    private String countryCode;
    private Double depositAmount;
    private Double grossRevenue;
    private Double wageredAmount;
    private Double revShareCommission;
    private Double cpaCommission;
    private Double fixedCommission;
    private String category;
    private String label;
    private String note;
    private String operatorId;

    /** Sets the transaction date; it is sent as an ISO-8601 Zulu timestamp. */
    public AffeliosTransaction at(Instant instant) {
        this.transactionDate = instant;
        return this;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getAffiliateId() {
        return affiliateId;
    }

    public void setAffiliateId(String affiliateId) {
        this.affiliateId = affiliateId;
    }

    public String getClickKey() {
        return clickKey;
    }

    public void setClickKey(String clickKey) {
        this.clickKey = clickKey;
    }

    public String getExternalCustomerId() {
        return externalCustomerId;
    }

    public void setExternalCustomerId(String externalCustomerId) {
        this.externalCustomerId = externalCustomerId;
    }

    public String getExternalBrandId() {
        return externalBrandId;
    }

    public void setExternalBrandId(String externalBrandId) {
        this.externalBrandId = externalBrandId;
    }

    public String getExternalProductId() {
        return externalProductId;
    }

    public void setExternalProductId(String externalProductId) {
        this.externalProductId = externalProductId;
    }

    public Instant getTransactionDate() {
        return transactionDate;
    }

    public void setTransactionDate(Instant transactionDate) {
        this.transactionDate = transactionDate;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public Double getDepositAmount() {
        return depositAmount;
    }

    public void setDepositAmount(Double depositAmount) {
        this.depositAmount = depositAmount;
    }

    public Double getGrossRevenue() {
        return grossRevenue;
    }

    public void setGrossRevenue(Double grossRevenue) {
        this.grossRevenue = grossRevenue;
    }

    public Double getWageredAmount() {
        return wageredAmount;
    }

    public void setWageredAmount(Double wageredAmount) {
        this.wageredAmount = wageredAmount;
    }

    public Double getRevShareCommission() {
        return revShareCommission;
    }

    public void setRevShareCommission(Double revShareCommission) {
        this.revShareCommission = revShareCommission;
    }

    public Double getCpaCommission() {
        return cpaCommission;
    }

    public void setCpaCommission(Double cpaCommission) {
        this.cpaCommission = cpaCommission;
    }

    public Double getFixedCommission() {
        return fixedCommission;
    }

    public void setFixedCommission(Double fixedCommission) {
        this.fixedCommission = fixedCommission;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getOperatorId() {
        return operatorId;
    }

    public void setOperatorId(String operatorId) {
        this.operatorId = operatorId;
    }
}
