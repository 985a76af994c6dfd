from masonite.routes import Route

ROUTES = [
    Route.get("/api/tee-times", "TeeTimeController@index"),
    Route.post("/api/tee-times/@id/book", "TeeTimeController@book").middleware("auth"),
    Route.post("/api/office/visitor-bookings", "TeeTimeController@phone_visitor").middleware("auth", "staff"),
    Route.delete("/api/bookings/@id", "TeeTimeController@cancel").middleware("auth"),
    Route.post("/api/members", "MemberController@store"),
    Route.patch("/api/members/me", "MemberController@update").middleware("auth"),
    Route.post("/api/members/me/cards", "MemberController@add_card").middleware("auth"),
    Route.post("/api/till/sales", "ProShopController@sale").middleware("till"),
    Route.post("/api/till/tabs", "ProShopController@open_tab").middleware("till"),
    Route.post("/api/till/tabs/@id/close", "ProShopController@close_tab").middleware("till"),
    Route.post("/webhooks/fairwaypay", "WebhookController@gateway"),
]
