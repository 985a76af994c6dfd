class Invoice
  include DataMapper::Resource

  property :id,            Serial
  property :period,        String, length: 7, required: true
  property :amount_pence,  Integer, required: true
  property :funded_pence,  Integer, default: 0
  property :status,        String, default: 'open'
  property :charge_ref,    String, length: 40
  property :paid_at,       DateTime
  property :created_at,    DateTime

  belongs_to :parent

  def due_pence
    amount_pence - funded_pence
  end
end
