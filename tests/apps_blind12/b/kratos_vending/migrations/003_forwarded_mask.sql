update offline_sales
   set pan = left(pan, 6) || repeat('*', length(pan) - 10) || right(pan, 4),
       cvc = null
 where forwarded;

---- create above / drop below ----
