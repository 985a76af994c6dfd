import responses

from marina.services.payments import PaymentService


@responses.activate
def test_tokenize_returns_gateway_id():
    responses.add(responses.POST, "https://api.payfront.example/v2/tokens",
                  json={"id": "tok_abc", "brand": "visa"}, status=201)
    token = PaymentService().tokenize({"number": "4242424242424242", "cvc": "123",
                                       "exp_month": 12, "exp_year": 2030})
    assert token == "tok_abc"
