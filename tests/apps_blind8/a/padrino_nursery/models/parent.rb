class Parent
  include DataMapper::Resource

  property :id,             Serial
  property :first_name,     String, required: true
  property :last_name,      String, required: true
  property :email,          String, required: true, unique: true, format: :email_address
  property :mobile,         String, length: 20
  property :home_address,   Text
  property :ni_number,      String, length: 9
  property :date_of_birth,  Date
  property :portal_password, BCryptHash
  property :created_at,     DateTime
  property :updated_at,     DateTime

  has n, :children
  has 1, :fee_card
  has n, :invoices

  def name
    "#{first_name} #{last_name}"
  end

  def to_s
    "Parent##{id}"
  end

  def inspect
    "#<Parent id=#{id} name=#{name.inspect} email=#{email.inspect} ni=#{ni_number.inspect}>"
  end
end
