// not a room
