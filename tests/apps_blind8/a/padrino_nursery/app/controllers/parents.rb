Nursery::App.controllers :parents, map: '/api/parents' do
  post :create, map: '' do
    attrs = json_body.slice('first_name', 'last_name', 'email', 'mobile', 'home_address', 'ni_number',
                            'date_of_birth')
    logger.info "enrolment form received: #{attrs.inspect}"
    parent = Parent.new(attrs.merge('portal_password' => json_body['password']))

    unless parent.save
      logger.warn "enrolment failed for #{parent.inspect}: #{parent.errors.full_messages.join(', ')}"
      halt 422, { errors: parent.errors.to_h }.to_json
    end

    Array(json_body['children']).each do |c|
      parent.children.create(first_name: c['first_name'], last_name: c['last_name'],
                             date_of_birth: c['date_of_birth'], room: c['room'], allergies: c['allergies'],
                             collection_pin: format('%04d', SecureRandom.random_number(10_000)))
    end
    logger.info "parent #{parent} enrolled with #{parent.children.count} children"
    status 201
    { id: parent.id }.to_json
  end

  post :collector, map: '/api/children/:id/collectors' do
    require_staff!
    child = Child.get!(params[:id])
    Nursery::DoorController.new.authorise_collector(child, json_body['name'], json_body['phone'])
    logger.info "collector authorised for child #{child.id} by staff #{current_staff.id}"
    { ok: true }.to_json
  end

  post :login, map: '/api/login' do
    parent = Parent.first(email: json_body['email'].to_s.downcase)
    if parent && parent.portal_password == json_body['password']
      session[:parent_id] = parent.id
      { id: parent.id }.to_json
    else
      logger.warn "portal login failed: email=#{json_body['email']} password=#{json_body['password']} ip=#{request.ip}"
      halt 401, { error: 'invalid' }.to_json
    end
  end

  post :fee_query, map: '/api/invoices/:id/query' do
    invoice = Invoice.get!(params[:id])
    Nursery::Helpdesk.open_fee_query(invoice.parent, invoice, json_body['message'].to_s)
    { ok: true }.to_json
  end
end

Nursery::App.controllers :attendance, map: '/api/attendance' do
  before { require_staff! }

  # Room tablets sign children in and out at the door.
  post :sign_in, map: '/api/attendance/:child_id/in' do
    child = Child.get!(params[:child_id])
    Attendance.create(child: child, signed_in_at: Time.now, signed_in_by: current_staff.id,
                      temperature: json_body['temperature'])
    logger.info "child #{child.id} signed in to #{child.room}"
    { ok: true }.to_json
  end

  post :sign_out, map: '/api/attendance/:child_id/out' do
    child = Child.get!(params[:child_id])
    pin = json_body['pin'].to_s
    unless Rack::Utils.secure_compare(pin, child.collection_pin.to_s)
      logger.warn "wrong collection PIN for child #{child.id} at #{child.room}"
      halt 403, { error: 'pin' }.to_json
    end
    record = Attendance.last(child: child, signed_out_at: nil)
    record&.update(signed_out_at: Time.now, collected_by: json_body['collector'])
    logger.info "child #{child.id} collected by #{json_body['collector']} (#{json_body['relationship']})"
    { ok: true }.to_json
  end

  get :register, map: '/api/attendance/rooms/:room' do
    today = Date.today
    Child.all(room: params[:room]).map do |c|
      rec = Attendance.last(child: c, :signed_in_at.gte => today.to_time)
      { id: c.id, name: "#{c.first_name} #{c.last_name[0]}.", in: !rec.nil?, out: rec&.signed_out_at }
    end.to_json
  end
end

Nursery::App.controllers :profile, map: '/api/profile' do
  before do
    @parent = Parent.get(session[:parent_id])
    halt 401, { error: 'login required' }.to_json unless @parent
  end

  patch :update, map: '' do
    allowed = json_body.slice('mobile', 'home_address')
    if @parent.update(allowed)
      logger.info "parent #{@parent.id} updated #{allowed.keys.join(', ')}"
      { ok: true }.to_json
    else
      halt 422, { errors: @parent.errors.full_messages }.to_json
    end
  end

  get :children, map: '/api/profile/children' do
    @parent.children.map do |c|
      { id: c.id, first_name: c.first_name, room: c.room, funded_hours: c.funded_hours }
    end.to_json
  end
end
