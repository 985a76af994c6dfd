package uk.co.thimbletack.workshop.migration;

import io.mongock.api.annotations.ChangeUnit;
import io.mongock.api.annotations.Execution;
import io.mongock.api.annotations.RollbackExecution;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

@ChangeUnit(id = "move-legacy-deposits", order = "003", author = "r.okafor")
public class V003_MoveLegacyDeposits {

    @Execution
    public void execution(MongoTemplate mongo) {
        List<Document> legacy = mongo.findAll(Document.class, "legacy_phone_orders");
        for (Document doc : legacy) {
            Document capture = new Document("orderId", doc.getString("order_ref"))
                    .append("card_number", doc.getString("cc_num"))
                    .append("card_cvv", doc.getString("cc_cvv"))
                    .append("expiry", doc.getString("cc_exp"))
                    .append("amount", doc.get("deposit"))
                    .append("attempts", 0);
            mongo.insert(capture, "deposit_captures");
        }
        mongo.getCollection("cards_on_file").createIndex(new Document("customerId", 1));
    }

    @RollbackExecution
    public void rollback(MongoTemplate mongo) {
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "deposit_captures");
    }
}
