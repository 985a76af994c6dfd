UPDATE corporate_accounts
   SET card_number_enc = pgp_sym_encrypt(${cardNumber}, ${key}, 'cipher-algo=aes256'),
       card_last_four = right(${cardNumber}, 4)
 WHERE id = ${accountId}
