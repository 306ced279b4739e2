package io.github.camelmartech.apsis.model;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.github.camelmartech.support.json.MarTechBean;

/** One page of a paginated method: {@code {TotalCount, TotalPages, Items}}. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public class ApsisPage<T> extends MarTechBean {

    private long totalCount;
    private int totalPages;
    private List<T> items = List.of();

    public long getTotalCount() {
        return totalCount;
    }

    public void setTotalCount(long totalCount) {
        this.totalCount = totalCount;
    }

    public int getTotalPages() {
        return totalPages;
    }

    public void setTotalPages(int totalPages) {
        this.totalPages = totalPages;
    }

    public List<T> getItems() {
        return items;
    }

    public void setItems(List<T> items) {
        this.items = items == null ? List.of() : items;
    }
}
