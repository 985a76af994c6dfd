class AirshipClient
  def associate(student, channel_id)
    Clients.airship.post("named_users/associate", {
      channel_id: channel_id,
      device_type: "ios",
      named_user_id: "student-#{student.id}"
    })
  end

  def set_attributes(student)
    attributes = [{ action: "set", key: "first_name", value: student.full_name.split.first }]
    attributes << { action: "set", key: "email", value: student.email }
    attributes << { action: "set", key: "mobile_phone", value: student.phone }
    attributes << { action: "set", key: "birthdate", value: student.date_of_birth&.iso8601 }
    Clients.airship.post("named_users/student-#{student.id}/attributes", { attributes: attributes })
  end

  def tag_course(student, course_code)
    Clients.airship.post("named_users/tags", { audience: { named_user_id: "student-#{student.id}" }, add: { courses: [course_code] } })
  end
end
