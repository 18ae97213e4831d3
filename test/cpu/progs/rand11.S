	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 96(x30)
	ld x3, 112(x30)
	ld x4, 120(x30)
	ld x5, 160(x30)
	ld x6, 160(x30)
	ld x7, 112(x30)
	ld x8, 168(x30)
	ld x9, 0(x30)
	ld x10, 48(x30)
	ld x11, 96(x30)
	ld x12, 16(x30)
	ld x13, 80(x30)
	ld x14, 64(x30)
	ld x15, 136(x30)
	ld x16, 200(x30)
	ld x17, 112(x30)
	ld x18, 192(x30)
	ld x19, 176(x30)
	ld x20, 136(x30)
	ld x21, 208(x30)
	ld x22, 0(x30)
	ld x23, 144(x30)
	ld x24, 176(x30)
	ld x25, 96(x30)
	ld x26, 64(x30)
	ld x27, 128(x30)
	ld x28, 200(x30)
	ld x29, 160(x30)
	ld x30, 184(x30)
	la x30, dvals
	fld f0, 184(x30)
	fld f1, 64(x30)
	fld f2, 72(x30)
	fld f3, 144(x30)
	fld f4, 224(x30)
	fld f5, 160(x30)
	fld f6, 72(x30)
	fld f7, 72(x30)
	fld f8, 168(x30)
	fld f9, 224(x30)
	fld f10, 232(x30)
	fld f11, 144(x30)
	fld f12, 48(x30)
	flw f13, 344(x30)
	fld f14, 56(x30)
	fld f15, 256(x30)
	fld f16, 160(x30)
	fld f17, 264(x30)
	fld f18, 240(x30)
	fld f19, 168(x30)
	fld f20, 184(x30)
	fld f21, 248(x30)
	flw f22, 304(x30)
	fld f23, 176(x30)
	fld f24, 96(x30)
	flw f25, 300(x30)
	fld f26, 72(x30)
	fld f27, 56(x30)
	fld f28, 160(x30)
	fld f29, 264(x30)
	fld f30, 256(x30)
	fld f31, 176(x30)
	la x30, dvals
	flw f29, 384(x30)
	fclass.s x29, f29
	sw x9, 1228(x31)
	remuw x0, x6, x29
	c.lwsp x3, 44(sp)
	c.ldsp x29, 360(sp)
	la x30, dvals
	flw f13, 292(x30)
	la x30, dvals
	flw f27, 644(x30)
	fnmadd.s f30, f12, f13, f27, rup
	sd x14, 1072(x31)
	la x30, dvals
	flw f25, 364(x30)
	fcvt.lu.s x23, f25, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	addi x30, x31, 1512
	amomaxu.w.aqrl x12, x16, (x30)
	add x15, x28, x7
	lw x14, 1668(x2)
	bgeu x14, x10, 1f
	sra x14, x4, x12
1:
	xori x1, x4, -1706
	remu x13, x24, x12
	mulhu x16, x19, x3
	andi x28, x4, 1
	sltiu x29, x24, 63
	la x30, dvals
	fld f28, 0(x30)
	la x30, dvals
	fld f26, 520(x30)
	fmin.d f19, f28, f26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	sb x14, 1832(x31)
	or x28, x3, x22
	la x30, dvals
	flw f19, 388(x30)
	fmax.s f24, f16, f19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	srl x19, x4, x1
	mulw x6, x15, x1
	c.fsdsp f7, 280(sp)
	divu x16, x6, x6
	fcvt.d.s f6, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	div x22, x4, x1
	sb x29, 1713(x31)
	mulhsu x15, x5, x10
	addiw x15, x29, 31
	addi x30, x31, 1736
	amoand.d.aqrl x6, x16, (x30)
	la x30, dvals
	flw f6, 352(x30)
	fmin.s f5, f15, f6
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	srl x14, x8, x26
	la x30, dvals
	flw f2, 600(x30)
	la x30, dvals
	flw f24, 616(x30)
	fmsub.s f16, f2, f9, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	sh x8, 1930(x31)
	addi x30, x31, 1808
	lr.d.aq x26, (x30)
	addw x5, x16, x1
	sc.d.aq x0, x16, (x30)
	fmin.d f10, f3, f15
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	sllw x10, x20, x1
	la x30, dvals
	flw f8, 280(x30)
	fcvt.lu.s x26, f8, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	remu x23, x21, x20
	addi x30, x31, 720
	amominu.d.rl x17, x5, (x30)
	xor x22, x7, x20
	la x30, dvals
	fld f18, 512(x30)
	fsqrt.d f20, f18, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	la x30, dvals
	flw f19, 656(x30)
	fcvt.lu.s x3, f19, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	la x30, dvals
	flw f3, 364(x30)
	fadd.s f14, f29, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	la x30, dvals
	flw f6, 352(x30)
	la x30, dvals
	flw f16, 356(x30)
	fnmadd.s f28, f6, f27, f16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	la x30, dvals
	flw f11, 652(x30)
	fnmadd.s f23, f15, f1, f11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	mv x12, x31
	c.ld x15, 160(x12)
	remuw x24, x25, x21
	slti x14, x10, 64
	lhu x17, 1054(x31)
	fcvt.d.l f22, x24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	fsqrt.d f25, f8, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	la x30, 1f
	jalr x17, 1(x30)
	sltu x3, x4, x28
1:
	fcvt.w.s x1, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	mulhsu x6, x8, x12
	addi x13, x11, -2048
	la x30, dvals
	fld f23, 472(x30)
	fdiv.d f0, f23, f20, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	sra x16, x7, x5
	slli x21, x6, 44
	sraiw x8, x24, 0
	addi x30, x31, 1344
	lr.w.aq x18, (x30)
	sc.w.aq x5, x18, (x30)
	sc.w x17, x27, (x30)
	sd x7, 760(x31)
	divw x1, x1, x15
	fcvt.d.lu f30, x14, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	addi x30, x31, 1912
	amoand.w.rl x12, x7, (x30)
	addi x30, x31, 656
	amominu.d.aqrl x8, x3, (x30)
	flw f25, 1916(x31)
	c.fldsp f2, 288(sp)
	sh x5, 1896(x31)
	la x30, dvals
	fld f12, 216(x30)
	fsqrt.d f8, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	sh x8, 1188(x31)
	srai x19, x1, 33
	slliw x1, x8, 5
	c.slli x26, 44
	addi x30, x31, 1624
	amoswap.d.rl x24, x23, (x30)
	sraw x14, x24, x19
	la x30, dvals
	fld f22, 232(x30)
	la x30, dvals
	fld f12, 440(x30)
	feq.d x14, f22, f12
	fmadd.s f30, f21, f9, f31, rdn
	frrm x28
	la x30, dvals
	flw f13, 284(x30)
	la x30, dvals
	flw f18, 596(x30)
	fnmsub.s f16, f13, f18, f11, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	la x30, dvals
	flw f6, 388(x30)
	la x30, dvals
	flw f25, 648(x30)
	fmadd.s f2, f6, f2, f25, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	ori x15, x22, -2048
	mv x14, x31
	c.fld f11, 16(x14)
	sltiu x0, x12, -2
	or x26, x26, x22
	mulhu x27, x13, x25
	la x30, dvals
	flw f10, 660(x30)
	la x30, dvals
	flw f16, 608(x30)
	fdiv.s f10, f10, f16, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	addi x30, x31, 752
	amomax.w.aq x22, x25, (x30)
	remuw x1, x14, x17
	la x30, dvals
	fld f14, 416(x30)
	fclass.d x12, f14
	remw x19, x21, x15
	la x30, dvals
	flw f8, 392(x30)
	la x30, dvals
	flw f24, 344(x30)
	fmadd.s f8, f24, f8, f24, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	sll x5, x23, x24
	la x30, dvals
	flw f9, 648(x30)
	fadd.s f2, f9, f21, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	mulw x27, x0, x12
	c.addi4spn x13, sp, 336
	la x30, dvals
	flw f2, 356(x30)
	fcvt.wu.s x6, f2, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	add x29, x3, x8
	fsqrt.d f18, f10, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	fcvt.l.s x25, f31, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	la x30, 1f
	c.jr x30
	sltu x19, x16, x4
1:
	sh x17, 312(x31)
	mulhu x9, x10, x28
	add x26, x24, x19
	or x29, x13, x9
	lwu x28, 1884(x31)
	auipc x5, 1
	slt x11, x29, x18
	lw x3, 828(x31)
	and x20, x1, x5
	c.fldsp f31, 264(sp)
	and x26, x9, x8
	c.swsp x15, 124(sp)
	c.sdsp x19, 104(sp)
	c.swsp x1, 96(sp)
	c.sdsp x11, 408(sp)
	la x30, dvals
	fld f3, 544(x30)
	la x30, dvals
	fld f26, 0(x30)
	fadd.d f12, f3, f26, rup
	la x30, dvals
	fld f12, 408(x30)
	fcvt.l.d x12, f12, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	srl x1, x24, x23
	fsqrt.d f4, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	sltiu x7, x11, -2048
	xor x18, x9, x3
	la x30, dvals
	flw f21, 284(x30)
	fmsub.s f28, f11, f21, f31, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	la x30, dvals
	fld f17, 192(x30)
	fmax.d f29, f17, f20
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	la x30, dvals
	flw f22, 604(x30)
	fmadd.s f5, f30, f19, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	lh x24, 1773(x2)
	la x30, dvals
	flw f5, 304(x30)
	fmul.s f2, f5, f24, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	auipc x19, 762534
	mv x15, x31
	c.ld x10, 136(x15)
	slti x9, x0, -2048
	fcvt.lu.s x6, f6, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	bge x5, x28, 1f
	subw x19, x3, x26
1:
	c.j 1f
	slt x14, x22, x11
1:
	la x30, dvals
	flw f13, 356(x30)
	flt.s x18, f26, f13
	addw x25, x5, x26
	fcvt.d.w f19, x26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	fsqrt.s f9, f19, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	fsqrt.s f17, f11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	la x30, dvals
	fld f5, 464(x30)
	la x30, dvals
	fld f7, 472(x30)
	fmadd.d f4, f14, f5, f7, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	fcvt.s.w f23, x22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	mulhu x13, x26, x19
	slt x27, x12, x20
	c.srai x11, 11
	c.andi x13, 14
	bgeu x1, x22, 1f
	sub x11, x10, x25
	sll x6, x11, x21
1:
	bgeu x11, x10, 1f
	srlw x7, x4, x5
1:
	la x30, dvals
	fld f30, 512(x30)
	feq.d x3, f29, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	la x30, dvals
	flw f30, 284(x30)
	fsub.s f10, f7, f30, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	srai x16, x19, 1
	slliw x0, x10, 31
	sltiu x18, x26, 0
	sd x10, 464(x31)
	la x30, dvals
	flw f7, 632(x30)
	fcvt.lu.s x8, f7, rup
	csrrs x8, fflags, x0
	andi x5, x16, 0
	ori x27, x18, 0
	mulh x10, x15, x20
	la x30, dvals
	flw f11, 348(x30)
	fdiv.s f20, f15, f11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	slti x12, x7, 1
	la x30, dvals
	fld f24, 552(x30)
	fmul.d f9, f24, f27, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	lw x24, 1648(x31)
	la x30, dvals
	flw f2, 648(x30)
	fsgnj.s f15, f2, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	slti x3, x15, -1
	slti x6, x1, -2048
	fcvt.d.wu f28, x16
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	sltu x22, x4, x15
	frrm x21
	bltu x14, x16, 1f
	srlw x23, x21, x12
	sraw x5, x27, x11
1:
	la x30, dvals
	fld f12, 568(x30)
	fmsub.d f30, f12, f1, f9, rtz
	sltiu x11, x5, 32
	sd x23, 1872(x31)
	bge x21, x19, 1f
	sra x10, x23, x1
1:
	beq x28, x0, 1f
	sll x11, x14, x27
1:
	srai x7, x5, 32
	srliw x3, x27, 23
	lb x18, 1256(x2)
	sll x3, x3, x22
	fsgnjx.d f1, f28, f22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	la x30, dvals
	fld f5, 176(x30)
	la x30, dvals
	fld f27, 176(x30)
	fnmsub.d f1, f5, f27, f30, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	sh x28, 1506(x31)
	sltu x29, x28, x5
	la x30, dvals
	flw f6, 332(x30)
	la x30, dvals
	flw f21, 304(x30)
	flt.s x25, f6, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	la x30, dvals
	fld f26, 440(x30)
	fcvt.s.d f15, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	fcvt.d.l f31, x7, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	beq x29, x8, 1f
	sltu x9, x20, x4
1:
	lwu x24, 1680(x31)
	fclass.d x21, f25
	fcvt.wu.d x1, f20, rdn
	bltu x24, x20, 1f
	slt x16, x0, x16
1:
	fadd.d f24, f8, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	sh x26, 1010(x31)
	beq x1, x18, 1f
	subw x25, x17, x25
1:
	la x30, dvals
	flw f29, 288(x30)
	fmin.s f2, f12, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	mulw x28, x0, x20
	sub x23, x24, x19
	slti x20, x16, -2048
	la x30, dvals
	flw f1, 356(x30)
	fmin.s f27, f1, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	ori x29, x9, -2048
	la x30, dvals
	flw f11, 292(x30)
	la x30, dvals
	flw f12, 644(x30)
	fnmadd.s f9, f11, f12, f5, rdn
	slti x16, x19, 2047
	andi x18, x0, 2047
	srlw x4, x0, x18
	la x30, dvals
	flw f2, 324(x30)
	la x30, dvals
	flw f3, 340(x30)
	fnmadd.s f20, f2, f3, f17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	lbu x8, 1253(x2)
	sll x7, x13, x19
	bltu x4, x17, 1f
	sll x8, x4, x4
	slt x3, x8, x12
1:
	divuw x9, x21, x7
	la x30, dvals
	flw f7, 648(x30)
	la x30, dvals
	flw f23, 352(x30)
	fmsub.s f4, f7, f23, f22, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	add x14, x15, x26
	la x30, dvals
	fld f29, 496(x30)
	la x30, dvals
	fld f19, 80(x30)
	fsub.d f19, f29, f19, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	ori x9, x0, -2
	rem x10, x20, x17
	bltu x23, x19, 1f
	sltu x28, x1, x20
1:
	addi x30, x31, 408
	amoxor.d.aqrl x1, x14, (x30)
	div x8, x10, x17
	slli x17, x26, 33
	slliw x24, x8, 0
	beq x7, x25, 1f
	subw x18, x13, x27
1:
	andi x26, x6, 32
	sw x21, 136(x31)
	subw x16, x5, x28
	sll x4, x18, x9
	la x30, dvals
	fld f26, 16(x30)
	fsqrt.d f25, f26, rdn
	andi x7, x11, 32
	la x30, dvals
	flw f18, 332(x30)
	fmul.s f0, f18, f9, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	addi x1, x6, 64
	sh x17, 1221(x31)
	fcvt.wu.d x0, f3, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	addw x12, x9, x0
	sw x29, 1100(x31)
	lui x0, 1048575
	c.addi16sp sp, 368
	c.sdsp x24, 40(sp)
	mv sp, x31
	srli x5, x23, 1
	slliw x18, x0, 31
	la x30, dvals
	fld f13, 432(x30)
	fsgnjn.d f6, f13, f27
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	sraw x17, x8, x19
	fcvt.d.w f6, x12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	srli x12, x26, 1
	srliw x21, x29, 17
	la x30, dvals
	fld f28, 112(x30)
	fsub.d f30, f28, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	la x30, dvals
	fld f30, 144(x30)
	la x30, dvals
	fld f12, 440(x30)
	fle.d x29, f30, f12
	sltiu x6, x19, -2048
	la x30, dvals
	flw f6, 664(x30)
	la x30, dvals
	flw f22, 652(x30)
	fmsub.s f7, f6, f20, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	sd x28, 16(x31)
	la x30, dvals
	fld f4, 488(x30)
	la x30, dvals
	fld f24, 112(x30)
	fsub.d f1, f4, f24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	or x0, x16, x8
	la x30, dvals
	flw f23, 644(x30)
	la x30, dvals
	flw f6, 608(x30)
	la x30, dvals
	flw f14, 640(x30)
	fnmadd.s f27, f23, f6, f14, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	sltu x1, x11, x13
	la x30, dvals
	fld f5, 56(x30)
	fcvt.w.d x4, f5, rmm
	sra x28, x5, x0
	sltiu x27, x12, -2
	beq x12, x4, 1f
	sllw x11, x1, x27
	sltu x13, x29, x11
1:
	fcvt.wu.s x26, f7, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	lhu x11, 1886(x2)
	c.addi4spn x15, sp, 512
	srl x0, x5, x23
	fadd.s f3, f5, f16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	sra x21, x25, x17
	la x30, dvals
	fld f28, 216(x30)
	la x30, dvals
	fld f30, 472(x30)
	fsub.d f3, f28, f30, rup
	addi x6, x9, -2
	c.li x4, 19
	c.lui x4, 11
	c.beqz x8, 1f
	srlw x26, x7, x7
1:
	remuw x11, x6, x25
	sd x12, 760(x31)
	andi x16, x19, -1553
	la x30, dvals
	flw f12, 368(x30)
	fmul.s f23, f25, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	andi x13, x12, 64
	sh x12, 1740(x31)
	lui x12, 0
	la x30, dvals
	flw f9, 332(x30)
	fsqrt.s f31, f9, dyn
	slt x19, x5, x25
	sub x14, x26, x4
	c.srai x14, 53
	c.andi x14, 14
	sltu x5, x15, x28
	addi x30, x31, 712
	amoswap.d x13, x13, (x30)
	flt.d x9, f12, f26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	srai x14, x15, 32
	srliw x14, x6, 1
	blt x10, x27, 1f
	sra x12, x29, x13
	slt x5, x10, x19
1:
	addi x30, x31, 1976
	amoand.w.rl x15, x13, (x30)
	lui x18, 524287
	la x30, dvals
	fld f22, 496(x30)
	fmul.d f9, f5, f22, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	remw x0, x3, x1
	la x30, dvals
	flw f13, 676(x30)
	fmin.s f12, f18, f13
	la x30, dvals
	flw f0, 604(x30)
	fsub.s f5, f0, f31, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	la x30, dvals
	fld f5, 584(x30)
	la x30, dvals
	fld f1, 0(x30)
	fdiv.d f30, f5, f1, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	fsflags x7, x19
	mv x15, x31
	c.sd x11, 56(x15)
	divw x16, x3, x5
	la x30, dvals
	fld f16, 240(x30)
	fmul.d f26, f16, f17, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	ld x1, 856(x31)
	bgeu x4, x29, 1f
	and x22, x0, x25
	or x1, x0, x26
1:
	c.slli x10, 40
	lbu x0, 1896(x31)
	la x30, dvals
	fld f25, 496(x30)
	fmul.d f3, f25, f0, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	subw x1, x4, x15
	sltiu x1, x0, 2047
	mv x13, x31
	c.lw x11, 108(x13)
	bne x3, x17, 1f
	sub x21, x28, x14
	sub x16, x24, x25
1:
	blt x9, x1, 1f
	sll x28, x15, x20
1:
	beq x26, x19, 1f
	sub x6, x29, x13
	sraw x15, x20, x18
1:
	lh x1, 390(x2)
	sb x1, 1860(x31)
	slti x23, x25, -1
	sraw x12, x0, x19
	bge x20, x15, 1f
	add x27, x8, x12
1:
	andi x24, x4, -1
	sraw x3, x25, x7
	mv x11, x31
	c.ld x9, 152(x11)
	la x30, dvals
	fld f29, 408(x30)
	fmin.d f7, f9, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	la x30, dvals
	fld f2, 440(x30)
	la x30, dvals
	fld f26, 488(x30)
	fsub.d f8, f2, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	c.swsp x18, 128(sp)
	c.sdsp x19, 280(sp)
	bgeu x27, x27, 1f
	slt x19, x0, x6
	add x14, x0, x29
1:
	la x30, dvals
	fld f29, 536(x30)
	la x30, dvals
	fld f27, 72(x30)
	fsub.d f24, f29, f27, rdn
	ori x0, x0, 2047
	addi x30, x31, 624
	amomaxu.d.rl x6, x16, (x30)
	sd x12, 1820(x31)
	fmv.w.x f22, x8
	sltiu x29, x25, 357
	fclass.d x18, f6
	la x30, dvals
	fld f9, 224(x30)
	la x30, dvals
	fld f15, 440(x30)
	fadd.d f8, f9, f15, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	xor x7, x14, x6
	la x30, dvals
	fld f0, 480(x30)
	fcvt.lu.d x23, f0, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	c.swsp x12, 100(sp)
	c.sdsp x13, 88(sp)
	srli x24, x12, 31
	sraiw x5, x9, 0
	la x30, dvals
	flw f0, 352(x30)
	fadd.s f18, f0, f27, dyn
	fcvt.d.w f6, x27
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	xor x15, x17, x25
	divw x20, x19, x1
	addi x30, x31, 848
	amomax.w.aq x1, x26, (x30)
	and x22, x24, x26
	la x30, dvals
	fld f2, 440(x30)
	la x30, dvals
	fld f22, 248(x30)
	fdiv.d f27, f2, f22, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	divw x12, x26, x0
	fmv.x.w x13, f20
	fmv.w.x f28, x14
	la x30, dvals
	flw f3, 340(x30)
	la x30, dvals
	flw f28, 684(x30)
	la x30, dvals
	flw f23, 300(x30)
	fmsub.s f6, f3, f28, f23, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	sh x8, 1538(x31)
	la x30, dvals
	flw f20, 316(x30)
	la x30, dvals
	flw f26, 296(x30)
	la x30, dvals
	flw f9, 668(x30)
	fmsub.s f19, f20, f26, f9, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	bge x10, x21, 1f
	sllw x29, x28, x1
	sllw x9, x15, x27
1:
	slli x10, x26, 31
	srliw x10, x9, 0
	fcvt.w.s x18, f30, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	sltu x19, x23, x7
	srli x19, x16, 63
	srliw x15, x4, 31
	remu x16, x27, x9
	srai x7, x21, 61
	sraiw x24, x20, 20
	la x30, dvals
	flw f1, 592(x30)
	flt.s x9, f9, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	lhu x7, 666(x31)
	srlw x7, x5, x3
	addi x30, x31, 1184
	amoswap.w.aqrl x19, x5, (x30)
	lwu x7, 1564(x31)
	remw x5, x4, x16
	csrrwi x13, frm, 1
	sltiu x3, x7, 2047
	srlw x19, x14, x27
	blt x23, x10, 1f
	slt x22, x13, x9
	subw x25, x27, x28
1:
	la x30, dvals
	fld f27, 264(x30)
	la x30, dvals
	fld f3, 16(x30)
	fmsub.d f3, f22, f27, f3, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	remuw x7, x4, x29
	la x30, dvals
	fld f21, 456(x30)
	fdiv.d f20, f13, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	la x30, 1f
	jalr x23, 0(x30)
	sub x22, x21, x16
1:
	la x30, dvals
	flw f26, 300(x30)
	fsub.s f2, f26, f30, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	beq x1, x20, 1f
	subw x29, x0, x11
	srlw x21, x4, x7
1:
	xor x19, x1, x0
	la x30, dvals
	fld f16, 496(x30)
	la x30, dvals
	fld f10, 496(x30)
	fsgnjx.d f10, f16, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	sw x4, 1748(x31)
	la x30, dvals
	fld f20, 120(x30)
	la x30, dvals
	fld f6, 512(x30)
	fnmsub.d f9, f20, f6, f21, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	ld x3, 456(x31)
	andi x0, x4, 64
	addiw x22, x4, 64
	or x5, x26, x0
	lw x12, 348(x31)
	sraw x21, x22, x7
	fcvt.s.lu f9, x13, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	addi x8, x20, -2
	c.addi x22, 31
	c.addiw x22, -32
	la x30, dvals
	flw f5, 616(x30)
	fadd.s f4, f7, f5, rne
	la x30, dvals
	flw f29, 352(x30)
	la x30, dvals
	flw f22, 660(x30)
	fnmadd.s f23, f24, f29, f22, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	sltu x14, x27, x20
	la x30, dvals
	flw f3, 324(x30)
	fdiv.s f7, f3, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 90(x30)
	sll x7, x15, x11
	la x30, dvals
	flw f25, 672(x30)
	fmul.s f28, f18, f25, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 91(x30)
	la x30, dvals
	fld f9, 448(x30)
	la x30, dvals
	fld f28, 432(x30)
	fmadd.d f16, f9, f26, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 92(x30)
	addi x30, x31, 632
	amoswap.w.aqrl x28, x4, (x30)
	la x30, 1f
	c.jr x30
	sraw x21, x29, x19
1:
	slt x5, x1, x15
	la x30, dvals
	flw f2, 368(x30)
	la x30, dvals
	flw f31, 280(x30)
	fadd.s f29, f2, f31, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 93(x30)
	ori x14, x13, 31
	la x30, dvals
	fld f12, 552(x30)
	la x30, dvals
	fld f18, 40(x30)
	fdiv.d f31, f12, f18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 94(x30)
	bltu x8, x20, 1f
	srlw x0, x23, x28
1:
	addi x30, x31, 88
	amoswap.w.rl x18, x11, (x30)
	feq.d x14, f11, f16
	fsflags x29, x0
	la x30, flaglog
	sb x29, 95(x30)
	c.fsdsp f9, 360(sp)
	addw x19, x16, x4
	lui x17, 524287
	sh x23, 1922(x31)
	la x30, dvals
	flw f24, 344(x30)
	la x30, dvals
	flw f16, 600(x30)
	fnmsub.s f13, f27, f24, f16, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 96(x30)
	mulw x5, x25, x17
	fcvt.w.d x12, f10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 97(x30)
	sraw x0, x22, x5
	la x30, dvals
	fld f27, 416(x30)
	la x30, dvals
	fld f11, 128(x30)
	flt.d x9, f27, f11
	lw x8, 410(x31)
	sraw x5, x28, x18
	fnmsub.d f23, f17, f1, f6, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 98(x30)
	sra x1, x9, x3
	lbu x3, 267(x31)
	add x14, x3, x11
	srai x26, x6, 33
	srliw x7, x5, 31
	la x30, dvals
	fld f27, 528(x30)
	fcvt.wu.d x1, f27, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 99(x30)
	la x30, dvals
	flw f4, 636(x30)
	la x30, dvals
	flw f17, 608(x30)
	la x30, dvals
	flw f16, 372(x30)
	fmsub.s f27, f4, f17, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 100(x30)
	remw x20, x10, x7
	xor x8, x3, x7
	la x30, dvals
	flw f20, 632(x30)
	fcvt.w.s x4, f20, rup
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0x85fffad12e1917e3
	.dword 0x904b43b1ff9eea4f
	.dword 0x78347fa40fd00cc4
	.dword 0xc759f7e0cd14ed72
	.dword 0x47ea20cf7d8be7f6
	.dword 0x2fd1ceccd700fcc8
	.dword 0xdbaa8804dfe3e771
	.dword 0xc2bf48175c0a04e9
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0xc0747eeeef7c148a
	.dword 0xbe1e11e769a5f9de
	.dword 0x40a6c65619cdc070
	.dword 0x406dcaae45ac7dba
	.dword 0x40849feda71491d1
	.dword 0xc038becbe3cff653
	.dword 0xc0614fd23f25ea17
	.dword 0xbe58321d75226b30
	.dword 0x40f74a5e82af80c0
	.dword 0x408a670b8557a4d6
	.dword 0x3f50fa2346cb7d29
	.dword 0x40b46538a9e616d9
	.dword 0xffd23d69aa21e54e
	.dword 0x032d901c8139d303
	.dword 0xc1eb29ee33b64dfd
	.dword 0x832748acc17dbd9d
	.dword 0x7fdb67343c511f82
	.dword 0x0033988c18bd0555
	.dword 0x80150ce05ad6bd9c
	.dword 0xffd2c2843acc8f65
	.dword 0x80198bba58f8108d
	.dword 0xffd790e8a2a95cb5
	.dword 0x4333fa3d1a1f9097
	.dword 0x43e48b20f30c96a8
	.word 0x3fc43334
	.word 0x40404828
	.word 0xbadbe16f
	.word 0x3fa941b6
	.word 0x425907d6
	.word 0x3d46a946
	.word 0x423fabbd
	.word 0xc22bde63
	.word 0xb9fab739
	.word 0x457ef9f6
	.word 0xc0875290
	.word 0xbeb3d1bf
	.word 0x8120d94a
	.word 0xe10147
	.word 0x5f72a8f2
	.word 0x810cec29
	.word 0xfefc933d
	.word 0xf7a8a36
	.word 0x5f4904d6
	.word 0xdf6b057d
	.word 0x60b531
	.word 0xcf13af0a
	.word 0x7f0929ae
	.word 0xf5c93f7
	.balign 16
scratch:
	.word 0x9b6bc0a6
	.word 0x8c915239
	.word 0x7c120b12
	.word 0x937ae0ea
	.word 0x239f2c79
	.word 0x41d8151
	.word 0x32c8920a
	.word 0x31b18b8e
	.word 0x18c9362e
	.word 0xff91cc28
	.word 0x4814b62
	.word 0x904eaf14
	.word 0xf02db582
	.word 0x95270f4c
	.word 0xed18104b
	.word 0xd31ffa3
	.word 0x6a755ee1
	.word 0xf48ad895
	.word 0x5c9dc479
	.word 0x66405870
	.word 0xc483b437
	.word 0xf2a4ab95
	.word 0x9d1137be
	.word 0xc733e3ed
	.word 0xd28dd70a
	.word 0x65f8c4bc
	.word 0xd0803b6b
	.word 0x2a4b233d
	.word 0x8bb8214b
	.word 0x7db1d6e3
	.word 0xaadf3ff5
	.word 0xe91695c5
	.word 0x4e6b2a52
	.word 0x4f0e8782
	.word 0x602f87dd
	.word 0x8a599957
	.word 0x9717982e
	.word 0xe65f2ec7
	.word 0x737e2f84
	.word 0x67506ca3
	.word 0x324301e1
	.word 0x1d9e131e
	.word 0x204a20e0
	.word 0xee944bab
	.word 0x9bc2133b
	.word 0xed06e2c9
	.word 0x1aa496a6
	.word 0x8672415e
	.word 0x5652832
	.word 0xac043863
	.word 0x4a01f107
	.word 0xf00449f7
	.word 0x5e68382a
	.word 0x74c7c71c
	.word 0x8a420ce
	.word 0x1b097490
	.word 0x86f6a5fd
	.word 0x1b6cb7f9
	.word 0x3fe9f730
	.word 0x20f10157
	.word 0x1ba7c67a
	.word 0x8e760e0e
	.word 0xb94ad375
	.word 0x87a45e07
	.word 0x80f3be95
	.word 0x130dc5a5
	.word 0xdc9f3f59
	.word 0x55f45e83
	.word 0x1aae63b1
	.word 0xddd337d
	.word 0xddea1224
	.word 0x6a756393
	.word 0x6eb7290
	.word 0x7f919f4c
	.word 0xc37f1770
	.word 0x13b1f0b8
	.word 0x997a2b0b
	.word 0x5f7f85c6
	.word 0x57255685
	.word 0x4344879f
	.word 0xa556c6c4
	.word 0xcc417863
	.word 0x8ae05165
	.word 0x995a9163
	.word 0xa5a40fd8
	.word 0xafbca317
	.word 0x401581f8
	.word 0xf575c44d
	.word 0xf27414d3
	.word 0x6d27d824
	.word 0x52417595
	.word 0xe28e966c
	.word 0x3822c7ed
	.word 0x7b35a7c2
	.word 0x367d84a4
	.word 0x5bc1bdd0
	.word 0xe30af64d
	.word 0x5a21d2c
	.word 0x86f07bcf
	.word 0xb8b23e6b
	.word 0x109b1b54
	.word 0xdc5f72c
	.word 0xd725f93c
	.word 0x684bea9d
	.word 0xb6104231
	.word 0x74919e5a
	.word 0xac054317
	.word 0x889385a4
	.word 0xfcc84f57
	.word 0x51786d06
	.word 0xc7c8ee2a
	.word 0x9bb5a6ac
	.word 0xc366129c
	.word 0x2787d2c6
	.word 0x6630f909
	.word 0x5b2d55a1
	.word 0xc2b8a0cd
	.word 0x28c183d
	.word 0xb0f4e7f8
	.word 0xad75ce5d
	.word 0x8372e442
	.word 0x20a3bc5f
	.word 0xb2268eab
	.word 0x1d883512
	.word 0x7e656867
	.word 0xbe55dbb3
	.word 0xa1549d62
	.word 0x6de047de
	.word 0xc66d1f33
	.word 0xd4e2f336
	.word 0xda0ab8f4
	.word 0x2f9bb1be
	.word 0x6c27f068
	.word 0xd77d96dd
	.word 0xd16685ce
	.word 0x3a37e101
	.word 0x4e3e34a
	.word 0x69d97eef
	.word 0x8693004d
	.word 0x35c0b300
	.word 0x57b4f8d0
	.word 0xdd7d0c67
	.word 0xe2cb91ff
	.word 0x8e730925
	.word 0x5ac0f4e
	.word 0xcf420ec
	.word 0x95d57798
	.word 0x5feb2b6b
	.word 0x6a4c9328
	.word 0xfd1408bc
	.word 0xfc75611d
	.word 0x5a8bcff6
	.word 0x4dd6d7cc
	.word 0x72cc973b
	.word 0xe55b62ee
	.word 0xa9da2bcd
	.word 0x78dc4e1c
	.word 0xd2e964f3
	.word 0x309802c8
	.word 0x28e24fa8
	.word 0x43f89b43
	.word 0x428ab26b
	.word 0x8c3cd908
	.word 0xf4a78246
	.word 0x99074611
	.word 0x496e8093
	.word 0xb6e9298d
	.word 0xe8c0cc41
	.word 0xd85a0845
	.word 0xb30e796c
	.word 0xf85b28dd
	.word 0x355809dd
	.word 0xb815ce6c
	.word 0x3ad19e80
	.word 0x2932da00
	.word 0x3c2e8419
	.word 0x79179baf
	.word 0xc625ed5e
	.word 0xa4c03b9
	.word 0xcd57b224
	.word 0x5976da0d
	.word 0xc4d059d6
	.word 0x32b53a43
	.word 0x2a5f071d
	.word 0x9d248a23
	.word 0x807d6e73
	.word 0x9bd00dea
	.word 0xd7cd1b5c
	.word 0xe07280ef
	.word 0xbd8823d8
	.word 0x879c9b01
	.word 0x8b6a9e9f
	.word 0xcf9b4aa3
	.word 0x7f204144
	.word 0x9617a2c0
	.word 0x2bbdef07
	.word 0x5df5c109
	.word 0x5f46ef83
	.word 0xd46f15d8
	.word 0xec55d8f2
	.word 0xbe3dd9b7
	.word 0xa46c5d72
	.word 0xd78358f3
	.word 0x2f31b11d
	.word 0x3b51af14
	.word 0xd8d621ed
	.word 0x819a7c98
	.word 0xf2a681c
	.word 0x710e808
	.word 0x582d4500
	.word 0xe12a9586
	.word 0xc0db852b
	.word 0xbfa91f94
	.word 0x1721e699
	.word 0x55a8bf60
	.word 0xad75602
	.word 0xe2fba729
	.word 0x55c748e6
	.word 0x27a107eb
	.word 0xecd0ece5
	.word 0xd8cabc23
	.word 0x669deb04
	.word 0xa45dd9ba
	.word 0xf23857ef
	.word 0xe07cba2d
	.word 0x901d1791
	.word 0x6f0af226
	.word 0x188b7aa1
	.word 0x8c33488e
	.word 0x417db9ff
	.word 0x3e06791e
	.word 0xd59df00c
	.word 0x1814fd82
	.word 0x733b3450
	.word 0xa396ef88
	.word 0xb29dc7db
	.word 0x46b2ffe8
	.word 0x30b19aaf
	.word 0x7f6b10fd
	.word 0xb3e376a7
	.word 0x7bc8ffbc
	.word 0xe3d6f9c3
	.word 0xa13e7134
	.word 0x8c0011b8
	.word 0x48dd82c3
	.word 0xe8364ea1
	.word 0x1dadb450
	.word 0xcfdbd9a3
	.word 0x29139954
	.word 0x1d1fbd48
	.word 0xbc6fca73
	.word 0xe1109483
	.word 0x83912523
	.word 0x4197c199
	.word 0x8d33142b
	.word 0x19767df0
	.word 0xfcac414
	.word 0xbe4599b0
	.word 0xa3007e29
	.word 0x3464012b
	.word 0x3c665a6b
	.word 0x12437e3e
	.word 0xcd149f7c
	.word 0x819d3021
	.word 0xd4b97e4d
	.word 0x9564dd55
	.word 0xd7013c72
	.word 0xe16f8295
	.word 0x36986b6b
	.word 0x4557c4b1
	.word 0x5f6f071
	.word 0xa4ef0c2d
	.word 0xe83b5d98
	.word 0xf28b97dc
	.word 0x8e7aab64
	.word 0xb9de9b0f
	.word 0x3d568450
	.word 0x5642a57e
	.word 0x5f41e508
	.word 0x1ffa4bf8
	.word 0x862977fa
	.word 0xb21a11b1
	.word 0xf5a57d47
	.word 0x1bbbb861
	.word 0xfa42697a
	.word 0x5ac32b4c
	.word 0xcafc27b9
	.word 0x8f6f373c
	.word 0x5898fcf8
	.word 0xa7fc301b
	.word 0x1e175c64
	.word 0x46ef7389
	.word 0xbb5eff06
	.word 0xf37fa679
	.word 0xf1a03181
	.word 0x59d2369
	.word 0x9ffa21b1
	.word 0xa241e6b7
	.word 0x4c7e767c
	.word 0xd48753a4
	.word 0xe08a577d
	.word 0xe6d1ebaf
	.word 0xaf28a9dd
	.word 0xf879ce54
	.word 0xf7d6ff2d
	.word 0x2e5a2db4
	.word 0x167f9002
	.word 0x6b8be59d
	.word 0xf0318e21
	.word 0xff4c15bb
	.word 0xc2922386
	.word 0x5ab6be17
	.word 0x23f70d0d
	.word 0x888f48e6
	.word 0x53e4bdcf
	.word 0x4ffac3c1
	.word 0xe7dfe800
	.word 0x4123488f
	.word 0x2e652e56
	.word 0xfe5adba1
	.word 0xfb8ff6
	.word 0x51ab99f4
	.word 0x70341f7e
	.word 0x88af74f3
	.word 0xa015da8b
	.word 0x73d25209
	.word 0xbfeb6c0
	.word 0x79fdd233
	.word 0xb4c1ae2e
	.word 0xa181fb2c
	.word 0x4262bf9e
	.word 0xa7bfdf96
	.word 0xd5eb07b0
	.word 0x16b6fafe
	.word 0xf4c29f4a
	.word 0x425a173f
	.word 0x17031b41
	.word 0xf90b2ff4
	.word 0x249d04e
	.word 0x304181ae
	.word 0xefc7314
	.word 0x9348d83b
	.word 0x81b07f9c
	.word 0x4634af1d
	.word 0xa93bb836
	.word 0x199ff228
	.word 0x1c8ab965
	.word 0x3f61aa76
	.word 0x4fc28341
	.word 0xeaff3e14
	.word 0xaa8aa9ca
	.word 0x9c15473
	.word 0x4aab9f54
	.word 0x11617d74
	.word 0xe733a073
	.word 0xf48cb44d
	.word 0x22a18caf
	.word 0x75b8c395
	.word 0xd480fb70
	.word 0xb63d4e67
	.word 0xe1c5927f
	.word 0x22c12cfa
	.word 0xec9385f5
	.word 0x19801783
	.word 0x757f3d5b
	.word 0xc8569211
	.word 0x58835c7b
	.word 0x52889a5d
	.word 0x79a04d3c
	.word 0x70f952df
	.word 0xef16e4e
	.word 0x442f4592
	.word 0x3f37285c
	.word 0x9da46d02
	.word 0x10808500
	.word 0x4302710
	.word 0x1a96c859
	.word 0xb02cbb77
	.word 0xcf0b5216
	.word 0xc71d6f2
	.word 0xe35e3905
	.word 0xabafec7a
	.word 0x92306a2a
	.word 0x71d9d790
	.word 0x2e55b2a5
	.word 0x982a8a05
	.word 0xe42398b0
	.word 0x718fb66a
	.word 0x6f140cab
	.word 0x3ea2668b
	.word 0x3c14c9f2
	.word 0x71b787
	.word 0xe6a8d427
	.word 0x79a50c11
	.word 0xdccf4042
	.word 0xac245e01
	.word 0xdb69d393
	.word 0xc263a0de
	.word 0x797f47a2
	.word 0xa0e2a387
	.word 0x66d5000e
	.word 0x1c40cfe4
	.word 0xb235ea7a
	.word 0xe02f1527
	.word 0x53f57822
	.word 0x62d98d1a
	.word 0x3c267047
	.word 0xb7f3c350
	.word 0x3cad371c
	.word 0xd391bd5b
	.word 0x636f4786
	.word 0xf8678b69
	.word 0x285f526c
	.word 0x8044dfc5
	.word 0x6c32317b
	.word 0x69b5cad5
	.word 0xcd0f56e2
	.word 0xddb3a46b
	.word 0x8eec8e74
	.word 0xfb623d45
	.word 0x2592a720
	.word 0x5fa56cfb
	.word 0xb574c926
	.word 0xa653fece
	.word 0xe8c0136b
	.word 0xbf0dc19d
	.word 0xe0f22242
	.word 0x33fc33ff
	.word 0x5f2aefe
	.word 0x55859be8
	.word 0x39e5fa14
	.word 0x524011a7
	.word 0x5eefea3d
	.word 0xd6ab66c9
	.word 0xf43165f0
	.word 0xc96e3f57
	.word 0xde1fdab5
	.word 0x8c646a31
	.word 0x256b1ea0
	.word 0x9158821f
	.word 0xa27f70d2
	.word 0xc0c7cae0
	.word 0xae1138d
	.word 0x3a845f65
	.word 0x9c7c5df1
	.word 0xef8cb410
	.word 0x58df9a77
	.word 0xd9b4d85f
	.word 0x155c3900
	.word 0xddf277fe
	.word 0xf2b23178
	.word 0x27300df6
	.word 0xf7550891
	.word 0x9ea775f2
	.word 0x7338b23e
	.word 0xca9750a1
	.word 0x30ef7ce0
	.word 0x31117879
	.word 0xddd4b9b6
	.word 0x16a9c427
	.word 0xeb8b5511
	.word 0xa40f8525
	.word 0xc1cae170
	.word 0x21715fc2
	.word 0x5baa4a46
	.word 0x4eb2e5d7
	.word 0x530996b3
	.word 0x5a270ddc
	.word 0xc806d252
	.word 0x5bdff5f4
	.word 0x945cfc4
	.word 0xa71fe4da
	.word 0x2b15aa18
	.word 0x548a4353
	.word 0x80e58943
	.word 0x873c505
	.word 0x6ab8f0ec
	.word 0xe00c1d7e
	.word 0x17de794f
	.word 0xc60953b4
	.word 0x638b14eb
	.word 0x23d8f860
	.word 0xa648274a
	.word 0xf687f55a
	.word 0xdba98cc
	.word 0x8ac5c43d
	.word 0x7a0dde9c
	.word 0xfa19f013
	.word 0x4765b1de
	.word 0xda9f2751
	.word 0xf0d6150b
	.word 0x7c9aea30
	.word 0x1a43a11e
	.word 0xa26a93ee
	.word 0xf2f25745
	.word 0xbb4fc248
	.word 0x23da9aab
	.word 0x61779f6c
	.word 0xc1d09201
	.word 0xa18ba2e9
	.word 0x6f0be842
	.word 0x52778923
	.word 0xc924a9ca
	.word 0xdfa53f44
	.word 0x71fdef22
	.word 0x4f20ecee
	.word 0x51db3b0
	.word 0xde16aaa5
	.word 0x6303ef84
	.word 0xc09f7f5d
	.word 0xc1edd407
	.word 0x16cc3f91
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
