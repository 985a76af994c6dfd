# Thin wrapper around the Segment Ruby client so call sites stay one line.
class AnalyticsTracker
  def initialize(client: SEGMENT_CLIENT)
    @client = client
  end

  def seller_signed_up(seller)
    @client.identify(
      user_id: "seller_#{seller.id}",
      traits: {
        email: seller.email,
        name: seller.contact_name,
        phone: seller.phone,
        shop: seller.shop_name
      }
    )
    @client.track(user_id: "seller_#{seller.id}", event: "Seller Signed Up", properties: { plan: "standard" })
  end

  def order_paid(order)
    @client.track(
      user_id: "seller_#{order.seller_id}",
      event: "Order Paid",
      properties: {
        order_number: order.number,
        total_cents: order.total_cents,
        buyer_hash: Digest::SHA256.hexdigest(order.buyer_email.downcase)
      }
    )
  end
end
