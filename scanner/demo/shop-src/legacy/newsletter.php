<?php
// Legacy newsletter endpoint, still linked from old campaign emails.
require __DIR__ . '/db.php';

$email = trim($_POST['email'] ?? '');
if (!filter_var($email, FILTER_VALIDATE_EMAIL)) {
    http_response_code(400);
    exit;
}
error_log("newsletter signup: " . $email);
$stmt = $pdo->prepare('INSERT INTO subscribers (email, list_id) VALUES (?, ?)');
$stmt->execute([$email, 3]);
error_log("newsletter signup stored in list 3");
http_response_code(204);
