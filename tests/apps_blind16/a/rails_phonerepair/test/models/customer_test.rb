require "test_helper"

class CustomerTest < ActiveSupport::TestCase
  test "normalizes email and phone" do
    customer = Customer.new(full_name: "Priya Shah", email: "  Priya@Example.COM ", phone: "07700 900123")
    assert_equal "priya@example.com", customer.email
    assert_equal "07700900123", customer.phone
  end

  test "inspect filters contact details" do
    customer = Customer.new(full_name: "Priya Shah", email: "priya@example.com", phone: "07700900123")
    refute_includes customer.inspect, "07700900123"
  end
end
