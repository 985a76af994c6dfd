package com.vermex.pest.contract;

import com.vermex.pest.payment.CardDetails;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ContractRepository {

    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate jdbc;

    public ContractRepository(NamedParameterJdbcTemplate named, JdbcTemplate jdbc) {
        this.named = named;
        this.jdbc = jdbc;
    }

    public long create(long customerId, String siteName, String plan, java.math.BigDecimal fee, String token, String last4) {
        return named.queryForObject("""
                INSERT INTO service_contracts (customer_id, site_name, plan, quarterly_fee, card_token, card_last4, next_billing)
                VALUES (:customerId, :siteName, :plan, :fee, :token, :last4, current_date + 90)
                RETURNING id
                """,
                Map.of("customerId", customerId, "siteName", siteName, "plan", plan, "fee", fee, "token", token, "last4", last4),
                Long.class);
    }

    /** Cards taken at a site survey when the gateway could not be reached from the van. */
    public void parkSurveyCard(long contractId, CardDetails card) {
        jdbc.update(
                "INSERT INTO survey_cards (contract_id, card_pan, card_expiry, card_cvv) VALUES (?, ?, ?, ?)",
                contractId, card.number(), card.expiry(), card.cvv());
    }

    public void clearSurveyCard(long contractId) {
        jdbc.update("UPDATE survey_cards SET card_pan = NULL, card_cvv = NULL, cleared_at = now() WHERE contract_id = ?", contractId);
    }

    public List<ServiceContract> dueForBilling() {
        return jdbc.query(
                "SELECT id, customer_id, site_name, plan, quarterly_fee, card_token, card_last4, next_billing "
                        + "FROM service_contracts WHERE next_billing <= current_date",
                (rs, i) -> new ServiceContract(
                        rs.getLong("id"), rs.getLong("customer_id"), rs.getString("site_name"), rs.getString("plan"),
                        rs.getBigDecimal("quarterly_fee"), rs.getString("card_token"), rs.getString("card_last4"),
                        rs.getDate("next_billing").toLocalDate()));
    }
}
