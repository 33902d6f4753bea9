package bank.ledger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LedgerController {

    private final String balancesUri;

    LedgerController(@Value("http://${BALANCES_API_ADDR}/balances") String balancesUri) {
        this.balancesUri = balancesUri;
    }
}
